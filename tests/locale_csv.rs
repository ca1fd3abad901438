//! CSV files as Excel saves them in Latvian and other European locales: `;` between cells,
//! decimal commas, spaces (often non-breaking) or `.` between thousands. The bundled example,
//! re-exported that way, must give the same plan; a comma file keeps its meaning; a bad number
//! says which convention the file was read with.

mod common;
#[path = "common/plan_tables.rs"]
mod plan_tables;

use common::TempPlan;
use fundmix::validate::load_scenario;
use plan_tables::{check_rejects, example_plan, example_table, is_text_column, plan_text, TABLES};

/// `text` (a number with a decimal point) with a decimal comma and `group` between thousands.
fn european(text: &str, group: &str) -> String {
    let (whole, decimals) = match text.split_once('.') {
        Some((w, d)) => (w, Some(d)),
        None => (text, None),
    };
    let (sign, digits) = match whole.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", whole),
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(c);
    }
    match decimals {
        Some(d) => format!("{sign}{grouped},{d}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A cell of a `;` file: quoted when it holds `;`, `"` or a line break.
fn semicolon_cell(text: &str) -> String {
    if text.contains([';', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The example's table `name` as European Excel saves it: `;` between cells, numbers with
/// decimal commas and `group` between thousands, lists with `list_separator` between ids.
fn european_table(name: &str, group: &str, list_separator: &str) -> String {
    let rows = example_table(name);
    let header = rows[0].clone();
    let mut out = String::new();
    for (r, cells) in rows.iter().enumerate() {
        let line: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(c, text)| {
                let column = header[c].as_str();
                let text = if r == 0 || is_text_column(column) || text.parse::<f64>().is_err() {
                    text.clone()
                } else {
                    european(text, group)
                };
                let text = match column {
                    "eligible" | "requires" | "excludes" => text.replace(';', list_separator),
                    _ => text,
                };
                semicolon_cell(&text)
            })
            .collect();
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// Runs `fundmix check` on the plan; asserts exit code 2 and every `expected` text on stderr.
fn rejected(plan: &TempPlan, expected: &[&str]) -> String {
    check_rejects(&plan.plan(), expected)
}

#[test]
fn the_example_saved_by_european_excel_is_the_same_plan() {
    // Each file its own way: non-breaking, narrow non-breaking and plain spaces, German dots,
    // lists separated by quoted ';' or by ','; targets stays a comma file (found per file).
    let actions = european_table("actions", "\u{a0}", ";");
    let sources = european_table("sources", "\u{202f}", ",");
    let partners = european_table("partners", ".", ";");
    let owners = european_table("owners", "\u{a0}", ";");
    let targets = std::fs::read_to_string(example_plan().join("targets.csv")).unwrap();
    // The export really uses the conventions under test.
    assert!(actions.contains("30\u{a0}000;34\u{a0}000") && actions.contains(";0,6;"));
    assert!(sources.contains("0,85") && sources.contains("skills,awareness,coordination"));
    assert!(partners.contains("\"access;awareness\""));

    let plan = TempPlan::new(&[
        ("actions.csv", &actions),
        ("sources.csv", &sources),
        ("partners.csv", &partners),
        ("targets.csv", &targets),
        ("owners.csv", &owners),
    ]);
    let european = load_scenario(&plan.plan()).unwrap();
    let original = load_scenario(&example_plan()).unwrap();
    assert_eq!(plan_text(&european), plan_text(&original));
    assert_eq!(
        european.plan.actions.len(),
        example_table("actions").len() - 1
    );
}

#[test]
fn thousands_with_dots_and_decimal_commas() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id;cost;min_scale;impact_people\na;1.234,50;0,5;1 000\nb;2.000.000;0,75;1.500\n",
        ),
        ("sources.csv", "id;kind;budget\nown;own;3 000 000,25\n"),
    ]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    let actions = &scenario.plan.actions;
    assert_eq!(actions[0].cost_eur, [1234.5]);
    assert_eq!(actions[0].min_scale, 0.5);
    assert_eq!(actions[0].impact, [1000.0]);
    assert_eq!(actions[1].cost_eur, [2_000_000.0]);
    assert_eq!(actions[1].min_scale, 0.75);
    // As German Excel writes thousands.
    assert_eq!(actions[1].impact, [1500.0]);
    assert_eq!(
        scenario.plan.sources[0].budget_total_eur,
        Some(3_000_000.25)
    );
}

#[test]
fn a_bad_number_names_the_convention() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id;cost;min_scale;impact_people\na;12k;1;1\nb;1;0.75;2\n",
        ),
        ("sources.csv", "id;kind;budget\nown;own;1000\n"),
    ]);
    let stderr = rejected(
        &plan,
        &[
            "plan/actions.csv, row 2, column 'cost': '12k' is not a number (read as a semicolon-separated file with decimal commas (European Excel))",
            "plan/actions.csv, row 3, column 'min_scale': '0.75' is not a number: it has a decimal point, but the file is read as a semicolon-separated file with decimal commas (European Excel), where '.' only separates thousands",
            "how to fix: write 0,75 (with a decimal comma)",
        ],
    );
    assert!(stderr.contains("the input has 2 problems"), "{stderr}");
}

#[test]
fn a_comma_file_with_a_quoted_decimal_comma_keeps_its_meaning() {
    // Header by commas: a comma file, whose "1,5" is not a number (and not 1.5 or 15).
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost,impact_people\na,\"Courses; north\",\"1,5\",1\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
    ]);
    let stderr = rejected(
        &plan,
        &["plan/actions.csv, row 2, column 'cost': '1,5' is not a number (read as a comma-separated file with decimal points)"],
    );
    assert!(stderr.contains("the input has 1 problem"), "{stderr}");
}

#[test]
fn lists_in_a_semicolon_file_use_commas_or_quoted_semicolons() {
    let actions = "id;cost;impact_people;requires;category\na;1;1;;x\nb;1;1;a;y\nc;1;1;\"a;b\";y\nd;1;1;a, b;z\n";
    let sources = "id;kind;budget;eligible\nown;own;10;x,y\neu;eu;10;\"y;d\"\n";
    let plan = TempPlan::new(&[("actions.csv", actions), ("sources.csv", sources)]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    let actions = &scenario.plan.actions;
    assert_eq!(actions[2].requires, [0, 1]);
    assert_eq!(actions[3].requires, [0, 1]);
    assert_eq!(scenario.plan.sources[0].eligible, [true, true, true, false]);
    assert_eq!(scenario.plan.sources[1].eligible, [false, true, true, true]);
}

#[test]
fn a_ragged_semicolon_row_says_how_the_file_was_read() {
    let plan = TempPlan::new(&[
        ("actions.csv", "id;cost;impact_people\na;1;1;extra\n"),
        ("sources.csv", "id;kind;budget\nown;own;1000\n"),
    ]);
    rejected(
        &plan,
        &[
            "plan/actions.csv, row 2: the row has 4 cells but the header has 3 columns",
            "a text containing a semicolon must be in double quotes",
        ],
    );
}

#[test]
fn every_example_table_is_exported_with_semicolons() {
    // Guards the test data: the example has the tables the tests above rewrite.
    for table in TABLES {
        let text = european_table(table, " ", ";");
        let header = text.lines().next().unwrap();
        assert!(
            header.starts_with("id;") || header.starts_with("indicator;"),
            "{header}"
        );
    }
}
