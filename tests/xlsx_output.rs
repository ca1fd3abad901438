//! Excel workbooks out: `solve --xlsx` (plan.xlsx), `compare --xlsx` (comparison.xlsx) and the
//! template of `init --xlsx`. The workbooks are read back with calamine (values, formulas) and
//! as the zip they are (notes, data validation, charts, document properties), and checked
//! against the CSV reports and summary.json written by the same run.

use assert_cmd::Command;
use calamine::{open_workbook, Data, Range, Reader, Xlsx};
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

fn jelgava(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/jelgava")
        .join(file)
}

/// Runs fundmix with `args`; returns (exit code, stdout, stderr).
fn run(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let output = fundmix().args(args).output().unwrap();
    (
        output.status.code().expect("an exit code"),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// `fundmix solve INPUT --out OUT --no-timings EXTRA...`, which must exit with `code`.
fn solve(input: &Path, out: &Path, extra: &[&str], code: i32) {
    let mut args = vec![
        "solve".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--no-timings".as_ref(),
    ];
    args.extend(extra.iter().map(|a| std::ffi::OsStr::new(*a)));
    let (got, stdout, stderr) = run(&args);
    assert_eq!(got, code, "stdout:\n{stdout}\nstderr:\n{stderr}");
}

fn open(path: &Path) -> Xlsx<std::io::BufReader<fs::File>> {
    open_workbook(path).unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()))
}

fn sheet(workbook: &mut Xlsx<std::io::BufReader<fs::File>>, name: &str) -> Range<Data> {
    workbook.worksheet_range(name).unwrap()
}

/// A cell that must hold a number (not text that looks like one).
fn number(range: &Range<Data>, row: usize, col: usize) -> f64 {
    match range.get((row, col)) {
        Some(Data::Float(x)) => *x,
        Some(Data::Int(i)) => *i as f64,
        other => panic!("cell ({row}, {col}) is not a number: {other:?}"),
    }
}

fn text(range: &Range<Data>, row: usize, col: usize) -> String {
    match range.get((row, col)) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Empty) | None => String::new(),
        other => panic!("cell ({row}, {col}) is not text: {other:?}"),
    }
}

/// Every file of the xlsx zip, as text.
fn zip_entries(path: &Path) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut entries = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut content = String::new();
        if file.read_to_string(&mut content).is_ok() {
            entries.insert(file.name().unwrap().to_string(), content);
        }
    }
    entries
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.01
}

fn summary(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap()
}

/// allocation.csv summed by (action, source, period).
fn allocation_csv(dir: &Path) -> HashMap<(String, String, String), f64> {
    let text = fs::read_to_string(dir.join("allocation.csv")).unwrap();
    let mut sums = HashMap::new();
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.split(',').collect();
        let key = (cells[0].into(), cells[1].into(), cells[2].into());
        *sums.entry(key).or_insert(0.0) += cells[3].parse::<f64>().unwrap();
    }
    sums
}

/// The funding table of a sheet: payer groups from row 3 (label, first column, width), year
/// labels from row 4, and the rows from row 5 to the `Total` row.
struct FundingTable {
    groups: Vec<(String, usize, usize)>,
    periods: Vec<String>,
    rows: Vec<usize>,
    total_row: usize,
}

fn funding_table(range: &Range<Data>) -> FundingTable {
    let width = range.width();
    let starts: Vec<usize> = (2..width)
        .filter(|&c| !text(range, 2, c).is_empty())
        .collect();
    let groups: Vec<(String, usize, usize)> = starts
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let next = starts.get(i + 1).copied().unwrap_or(width);
            (text(range, 2, c), c, next - c)
        })
        .collect();
    let (_, first, group_width) = &groups[0];
    let periods: Vec<String> = (*first..first + group_width)
        .map(|c| text(range, 3, c))
        .filter(|p| p != "Total")
        .collect();
    let total_row = (4..range.height())
        .find(|&r| text(range, r, 0) == "Total")
        .expect("a Total row");
    FundingTable {
        groups,
        periods,
        rows: (4..total_row).collect(),
        total_row,
    }
}

#[test]
fn solve_writes_a_workbook_whose_funding_table_adds_up_to_the_allocation_and_the_totals() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("baseline");
    solve(&jelgava("baseline.toml"), &out, &["--xlsx"], 0);
    let path = out.join("plan.xlsx");
    let mut workbook = open(&path);
    assert_eq!(
        workbook.sheet_names(),
        [
            "Summary",
            "Funding table",
            "Timeline",
            "Allocation",
            "Sources",
            "Charts"
        ]
    );
    let summary = summary(&out);

    // The Allocation sheet holds allocation.csv, with names.
    let allocation = sheet(&mut workbook, "Allocation");
    let header: Vec<String> = (0..6).map(|c| text(&allocation, 0, c)).collect();
    assert_eq!(
        header,
        [
            "Action",
            "Action name",
            "Source",
            "Source name",
            "Year",
            "Amount (EUR)"
        ]
    );
    let mut by_name: HashMap<(String, String, String), f64> = HashMap::new();
    let mut by_id: HashMap<(String, String, String), f64> = HashMap::new();
    for r in 1..allocation.height() {
        let (action, payer, name) = (
            text(&allocation, r, 0),
            text(&allocation, r, 2),
            text(&allocation, r, 3),
        );
        let period = text(&allocation, r, 4);
        let amount = number(&allocation, r, 5);
        *by_id
            .entry((action.clone(), payer, period.clone()))
            .or_insert(0.0) += amount;
        *by_name.entry((action, name, period)).or_insert(0.0) += amount;
    }
    let csv = allocation_csv(&out);
    assert_eq!(by_id.len(), csv.len());
    for (key, amount) in &csv {
        assert!(
            close(by_id[key], *amount),
            "{key:?}: {} vs {amount}",
            by_id[key]
        );
    }

    // Every money cell of the funding table is the allocation's sum for its action, payer and
    // year; the totals per row and column add up and equal the result's totals.
    let range = sheet(&mut workbook, "Funding table");
    let table = funding_table(&range);
    assert_eq!(table.periods, ["2025", "2026", "2027"]);
    let (all_label, all_first, _) = table.groups.last().unwrap().clone();
    assert_eq!(all_label, "All sources");
    let payers = &table.groups[..table.groups.len() - 1];
    assert!(
        payers.len() >= 8,
        "every source and the partners giving cash"
    );
    let selected = summary["selected"].as_array().unwrap();
    assert_eq!(table.rows.len(), selected.len());
    let p = table.periods.len();
    for (&row, action) in table.rows.iter().zip(selected) {
        let id = action["action"].as_str().unwrap();
        assert_eq!(text(&range, row, 0), id);
        let mut row_total = 0.0;
        for (name, first, _) in payers {
            let mut payer_total = 0.0;
            for (k, period) in table.periods.iter().enumerate() {
                let key = (id.to_string(), name.clone(), period.clone());
                let expected = by_name.get(&key).copied().unwrap_or(0.0);
                let got = number(&range, row, first + k);
                assert!(
                    close(got, expected),
                    "{id}, {name}, {period}: {got} vs {expected}"
                );
                payer_total += got;
            }
            assert!(close(number(&range, row, first + p), payer_total));
            row_total += payer_total;
        }
        let grand = number(&range, row, all_first + p);
        assert!(close(grand, row_total), "{id}: {grand} vs {row_total}");
        let cost = action["cost_eur"].as_f64().unwrap();
        assert!(close(grand, cost), "{id}: table {grand}, result {cost}");
    }
    let last_col = all_first + p;
    for col in 2..=last_col {
        let column_sum: f64 = table.rows.iter().map(|&r| number(&range, r, col)).sum();
        assert!(
            close(number(&range, table.total_row, col), column_sum),
            "column {col}"
        );
    }
    let total_cost = summary["money"]["total_cost_eur"].as_f64().unwrap();
    assert!(close(number(&range, table.total_row, last_col), total_cost));
    for source in summary["sources"].as_array().unwrap() {
        let name = source["name"].as_str().unwrap();
        let (_, first, _) = payers
            .iter()
            .find(|g| g.0 == name)
            .expect("a group per source");
        let used = source["used_eur"].as_f64().unwrap();
        assert!(
            close(number(&range, table.total_row, first + p), used),
            "{name}"
        );
    }
    // Totals are formulas (they keep adding up when a cell is edited).
    let formulas = workbook.worksheet_formula("Funding table").unwrap();
    let start = formulas.start().unwrap();
    let at = |row: usize, col: usize| {
        formulas
            .get((row - start.0 as usize, col - start.1 as usize))
            .cloned()
            .unwrap_or_default()
    };
    assert!(
        at(table.total_row, last_col).starts_with("SUM("),
        "{}",
        at(table.total_row, last_col)
    );
    assert!(at(table.rows[0], last_col).starts_with("SUM("));

    // Sources: use against budget, as numbers.
    let sources = sheet(&mut workbook, "Sources");
    let used_col = (0..sources.width())
        .find(|&c| text(&sources, 0, c) == "Used in total")
        .unwrap();
    for (i, source) in summary["sources"].as_array().unwrap().iter().enumerate() {
        assert_eq!(text(&sources, 1 + i, 0), source["source"].as_str().unwrap());
        assert!(close(
            number(&sources, 1 + i, used_col),
            source["used_eur"].as_f64().unwrap()
        ));
    }

    // Native charts, a thousands format, frozen headers.
    let zip = zip_entries(&path);
    let money = &zip["xl/charts/chart1.xml"];
    assert!(
        money.contains(r#"<c:grouping val="stacked"/>"#),
        "stacked columns"
    );
    assert_eq!(money.matches("<c:ser>").count(), payers.len());
    let budget = &zip["xl/charts/chart2.xml"];
    assert!(
        budget.contains(r#"<c:barDir val="bar"/>"#),
        "horizontal bars"
    );
    assert_eq!(budget.matches("<c:ser>").count(), 2);
    assert!(zip["xl/styles.xml"].contains(r##"formatCode="#,##0""##));
    for sheet in ["sheet2.xml", "sheet3.xml", "sheet4.xml"] {
        assert!(
            zip[&format!("xl/worksheets/{sheet}")].contains(r#"state="frozen""#),
            "{sheet}"
        );
    }
}

/// The plan of tests/timing.rs in which `lab` moves from 2025 to 2026, with owners, in `dir`.
fn moving_plan(dir: &Path) -> PathBuf {
    let plan = dir.join("plan");
    fs::create_dir_all(&plan).unwrap();
    for (file, text) in [
        (
            "actions.csv",
            "id,name,goal,cost_2025,cost_2026,impact_people,latest_start,deadline,owner\n\
             school,School course,G1,1000,0,10,,,social\n\
             lab,Computer lab,G2,800,0,8,2026,2026,it\n",
        ),
        (
            "sources.csv",
            "id,name,kind,budget_2025,budget_2026\nown,Municipal budget,own,1000,1000\n",
        ),
        (
            "owners.csv",
            "id,name,hours\nsocial,Social services,100\nit,IT department,100\n",
        ),
    ] {
        fs::write(plan.join(file), text).unwrap();
    }
    let scenario = dir.join("s.toml");
    fs::write(&scenario, "plan = \"plan\"\nobjective = \"max-impact\"\n").unwrap();
    scenario
}

#[test]
fn the_timeline_sheet_holds_timeline_csv_and_draws_the_years_in_the_payers_colour() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    solve(&moving_plan(dir.path()), &out, &["--xlsx"], 0);
    let path = out.join("plan.xlsx");
    let timeline = sheet(&mut open(&path), "Timeline");
    let header: Vec<String> = (0..15).map(|c| text(&timeline, 0, c)).collect();
    assert_eq!(
        header,
        [
            "Action",
            "Action name",
            "Goal",
            "Owner",
            "Starts",
            "Ends",
            "Years later than written",
            "Written start",
            "Latest start",
            "Deadline",
            "Main payer",
            "Main payer's share",
            "Paid by",
            "2025",
            "2026"
        ]
    );
    assert_eq!(timeline.height(), 3, "a row per funded action");
    let row = |r: usize| -> Vec<String> { (0..6).map(|c| text(&timeline, r, c)).collect() };
    assert_eq!(
        row(1),
        [
            "school",
            "School course",
            "G1",
            "Social services",
            "2025",
            "2025"
        ]
    );
    assert_eq!(
        row(2),
        ["lab", "Computer lab", "G2", "IT department", "2026", "2026"]
    );
    // lab: a year later than written, at most to 2026, paid in full by the municipal budget.
    assert_eq!(number(&timeline, 2, 6), 1.0);
    assert_eq!(
        [7, 8, 9, 10].map(|c| text(&timeline, 2, c)),
        ["2025", "2026", "2026", "Municipal budget"]
    );
    assert_eq!(number(&timeline, 2, 11), 1.0);
    assert_eq!(text(&timeline, 2, 12), "Municipal budget 100%");
    // The Gantt in the cells: lab's written year is marked; the years run are filled.
    assert_eq!(text(&timeline, 2, 13), "written");
    assert_eq!(text(&timeline, 1, 14), "");
    let zip = zip_entries(&path);
    assert!(
        zip["xl/styles.xml"].contains("FF4E79A7"),
        "no fill in the first source's chart colour"
    );
    // The same rows as timeline.csv.
    let csv = fs::read_to_string(out.join("timeline.csv")).unwrap();
    let lab: Vec<&str> = csv.lines().nth(2).unwrap().split(',').collect();
    assert_eq!(
        &lab[..10],
        [
            "lab",
            "Computer lab",
            "G2",
            "it",
            "2026",
            "2026",
            "1",
            "2025",
            "2026",
            "2026"
        ]
    );
}

#[test]
fn the_same_plan_gives_byte_identical_workbooks() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("template");
    let (code, _, stderr) = run(&["init".as_ref(), template.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    let scenario = template.join("scenario.toml");
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    solve(&scenario, &first, &["--xlsx"], 0);
    solve(&scenario, &second, &["--xlsx"], 0);
    let bytes = fs::read(first.join("plan.xlsx")).unwrap();
    assert_eq!(bytes, fs::read(second.join("plan.xlsx")).unwrap());
    // The creation time rust_xlsxwriter would take from the clock is a fixed date.
    let core = &zip_entries(&first.join("plan.xlsx"))["docProps/core.xml"];
    assert!(
        core.contains(">2024-01-01T00:00:00Z</dcterms:created>"),
        "{core}"
    );
    // Without --xlsx there is no workbook.
    let plain = dir.path().join("plain");
    solve(&scenario, &plain, &[], 0);
    assert!(plain.join("summary.json").is_file() && !plain.join("plan.xlsx").exists());
}

#[test]
fn a_latvian_plan_has_latvian_sheets_headers_and_charts_and_the_same_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let (en, lv) = (dir.path().join("en"), dir.path().join("lv"));
    solve(&jelgava("baseline.toml"), &en, &["--xlsx"], 0);
    solve(
        &jelgava("baseline.toml"),
        &lv,
        &["--xlsx", "--lang", "lv"],
        0,
    );
    let path = lv.join("plan.xlsx");
    let mut workbook = open(&path);
    let names = [
        "Kopsavilkums",
        "Finansējuma tabula",
        "Laika grafiks",
        "Sadalījums",
        "Finansējuma avoti",
        "Diagrammas",
    ];
    assert_eq!(workbook.sheet_names(), names);
    let allocation = sheet(&mut workbook, "Sadalījums");
    let header: Vec<String> = (0..6).map(|c| text(&allocation, 0, c)).collect();
    assert_eq!(
        header,
        [
            "Darbība",
            "Darbības nosaukums",
            "Avots",
            "Avota nosaukums",
            "Gads",
            "Summa (EUR)"
        ]
    );
    let summary = sheet(&mut workbook, "Kopsavilkums");
    assert_eq!(text(&summary, 0, 0), "Finansējuma plāns: Baseline");
    assert_eq!(text(&summary, 2, 0), "Statuss");
    // The funding table: Latvian headers over the sources' names, a Latvian total row.
    let table = sheet(&mut workbook, "Finansējuma tabula");
    assert_eq!(
        [text(&table, 2, 0), text(&table, 2, 1)],
        ["Darbība", "Nosaukums"]
    );
    let groups: Vec<String> = (2..table.width()).map(|c| text(&table, 2, c)).collect();
    assert!(groups.contains(&"Jelgava novads municipal budget".to_string()));
    assert!(groups.contains(&"Visi avoti".to_string()), "{groups:?}");
    assert!((4..table.height()).any(|r| text(&table, r, 0) == "Kopā"));

    // Numbers stay numbers, the same as in English; ids stay as written.
    let english = sheet(&mut open(&en.join("plan.xlsx")), "Allocation");
    assert_eq!(english.height(), allocation.height());
    for r in 1..allocation.height() {
        assert_eq!(text(&allocation, r, 0), text(&english, r, 0));
        assert_eq!(number(&allocation, r, 5), number(&english, r, 5));
    }

    // Charts draw from the Latvian sheets and have Latvian titles; so does the document.
    let zip = zip_entries(&path);
    let chart = &zip["xl/charts/chart1.xml"];
    assert!(
        chart.contains("Finansējums pa avotiem un gadiem (EUR): Baseline"),
        "{chart}"
    );
    assert!(chart.contains("'Finansējuma tabula'!"), "{chart}");
    let core = &zip["docProps/core.xml"];
    assert!(
        core.contains("<dc:title>Finansējuma plāns: Baseline</dc:title>"),
        "{core}"
    );
}

#[test]
fn a_scenario_without_a_plan_still_gets_a_workbook_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ambitious");
    solve(&jelgava("ambitious_targets.toml"), &out, &["--xlsx"], 3);
    let mut workbook = open(&out.join("plan.xlsx"));
    let summary = sheet(&mut workbook, "Summary");
    assert_eq!(text(&summary, 2, 0), "Status");
    assert!(
        text(&summary, 2, 1).contains("no plan"),
        "{}",
        text(&summary, 2, 1)
    );
    let charts = sheet(&mut workbook, "Charts");
    assert!(text(&charts, 0, 0).starts_with("No charts: no plan"));
    assert!(!zip_entries(&out.join("plan.xlsx")).contains_key("xl/charts/chart1.xml"));
}

#[test]
fn compare_writes_one_workbook_with_the_comparison_and_each_scenarios_funding_table() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("compare");
    let (base, esf) = (jelgava("baseline.toml"), jelgava("esf_rejected.toml"));
    let args = [
        "compare".as_ref(),
        base.as_os_str(),
        esf.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--no-timings".as_ref(),
        "--xlsx".as_ref(),
    ];
    let (code, _, stderr) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    let path = out.join("comparison.xlsx");
    let mut workbook = open(&path);
    assert_eq!(
        workbook.sheet_names(),
        ["Comparison", "Baseline", "ESF+ rejected"]
    );

    let csv = fs::read_to_string(out.join("comparison.csv")).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let total_at = header.iter().position(|h| *h == "total_eur").unwrap();
    let comparison = sheet(&mut workbook, "Comparison");
    let total_col = (0..comparison.width())
        .find(|&c| text(&comparison, 0, c) == "Total cost (EUR)")
        .unwrap();
    for (i, line) in csv.lines().skip(1).enumerate() {
        let cells: Vec<&str> = line.split(',').collect();
        let name = text(&comparison, 1 + i, 0);
        assert_eq!(name, cells[0]);
        let total: f64 = cells[total_at].parse().unwrap();
        assert!(close(number(&comparison, 1 + i, total_col), total));
        // The scenario's sheet: its funding table's grand total is the same money.
        let range = sheet(&mut workbook, &name);
        let table = funding_table(&range);
        let (_, all_first, all_width) = table.groups.last().unwrap();
        let grand = number(&range, table.total_row, all_first + all_width - 1);
        assert!(close(grand, total), "{name}: {grand} vs {total}");
    }
    let chart = &zip_entries(&path)["xl/charts/chart1.xml"];
    assert!(chart.contains(r#"<c:grouping val="stacked"/>"#));
}

/// `fundmix init --xlsx FILE`, which must succeed.
fn init_xlsx(path: &Path) {
    let (code, stdout, stderr) = run(&["init".as_ref(), "--xlsx".as_ref(), path.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("fundmix solve"), "{stdout}");
}

/// For each sheet of the zip, by name: its XML and its notes' XML (empty when none).
fn sheets_with_notes(zip: &BTreeMap<String, String>) -> HashMap<String, (String, String)> {
    let workbook = &zip["xl/workbook.xml"];
    let names: Vec<&str> = workbook
        .split("<sheet name=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let xml = zip[&format!("xl/worksheets/sheet{}.xml", i + 1)].clone();
            let rels = zip
                .get(&format!("xl/worksheets/_rels/sheet{}.xml.rels", i + 1))
                .cloned()
                .unwrap_or_default();
            let notes = rels
                .split("Target=\"../")
                .skip(1)
                .map(|s| s.split('"').next().unwrap())
                .find(|t| t.starts_with("comments"))
                .map(|t| zip[&format!("xl/{t}")].clone())
                .unwrap_or_default();
            (name.to_string(), (xml, notes))
        })
        .collect()
}

/// The data validation whose range starts at row 2 of column `letter`, if any.
fn validation_of<'a>(sheet_xml: &'a str, letter: &str) -> Option<&'a str> {
    sheet_xml
        .split("<dataValidation ")
        .skip(1)
        .find(|v| v.contains(&format!("sqref=\"{letter}2:{letter}1001\"")))
}

#[test]
fn the_template_workbook_has_every_sheet_header_example_note_and_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.xlsx");
    init_xlsx(&path);
    let csv_template = dir.path().join("csv");
    let (code, _, _) = run(&["init".as_ref(), csv_template.as_os_str()]);
    assert_eq!(code, 0);

    let mut workbook = open(&path);
    assert_eq!(
        workbook.sheet_names(),
        [
            "instructions",
            "scenario",
            "actions",
            "sources",
            "partners",
            "targets"
        ]
    );
    let zip = zip_entries(&path);
    let sheets = sheets_with_notes(&zip);
    for table in ["actions", "sources", "partners", "targets"] {
        // Headers and example rows as in the CSV template, numbers as numbers.
        let csv = fs::read_to_string(csv_template.join(format!("plan/{table}.csv"))).unwrap();
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let range = sheet(&mut workbook, table);
        let got: Vec<String> = (0..header.len()).map(|c| text(&range, 0, c)).collect();
        assert_eq!(got, header, "{table}");
        for (r, line) in lines.enumerate() {
            for (c, cell) in line.split(',').enumerate() {
                let value = range.get((r + 1, c)).cloned().unwrap_or(Data::Empty);
                match (cell.parse::<f64>(), &value) {
                    _ if cell.is_empty() => assert_eq!(value, Data::Empty),
                    (Ok(x), Data::Float(y)) => assert_eq!(x, *y, "{table} {r} {c}"),
                    (Err(_), Data::String(s)) => assert_eq!(s, cell),
                    _ => panic!(
                        "{table}, row {}, column {c}: {cell} written as {value:?}",
                        r + 2
                    ),
                }
            }
        }
        // A note on every header, saying whether the column is required.
        let (xml, notes) = &sheets[table];
        for (c, column) in header.iter().enumerate() {
            let letter = (b'A' + c as u8) as char;
            let note = notes
                .split(&format!("<comment ref=\"{letter}1\""))
                .nth(1)
                .unwrap_or_else(|| panic!("{table}: no note on {column}"));
            let note = note.split("</comment>").next().unwrap();
            assert!(
                note.contains("Required. ") || note.contains("Optional. "),
                "{table} {column}"
            );
            // Checks: numbers 0 or more, shares 0 to 1, the lists.
            let check = validation_of(xml, &letter.to_string());
            let expect = |kind: &str, formula: &str| {
                let check = check.unwrap_or_else(|| panic!("{table}: no check on {column}"));
                assert!(
                    check.contains(&format!("type=\"{kind}\"")),
                    "{table} {column}: {check}"
                );
                assert!(check.contains(formula), "{table} {column}: {check}");
            };
            match *column {
                c if c.starts_with("cost_")
                    || c.starts_with("budget")
                    || c.starts_with("impact_") =>
                {
                    assert!(
                        note.contains("EUR") || c.starts_with("impact_"),
                        "{column}: {note}"
                    );
                    expect("decimal", "operator=\"greaterThanOrEqual\"");
                }
                "min_scale" | "max_share" => expect("decimal", "<formula2>1</formula2>"),
                "status" => expect("list", "\"must,never\""),
                "kind" => expect("list", "\"own,eu,national,grant,private,other\""),
                "hard" => expect("list", "\"true,false\""),
                "max_actions" => expect("whole", "operator=\"greaterThanOrEqual\""),
                "id" | "name" | "category" | "goal" | "requires" | "excludes" | "eligible"
                | "indicator" => {
                    assert!(check.is_none(), "{table} {column}")
                }
                _ => assert!(check.is_some(), "{table}: no check on {column}"),
            }
        }
    }
    assert!(sheets["actions"]
        .1
        .contains("Required. Cost of the action at full scale in 2025, in EUR"));

    // The scenario sheet: the settings of the template's scenario.toml, the objective as a list.
    let scenario = sheet(&mut workbook, "scenario");
    let keys: Vec<String> = (0..scenario.height())
        .map(|r| text(&scenario, r, 0))
        .collect();
    assert_eq!(
        keys,
        [
            "key",
            "name",
            "objective",
            "staff_capacity",
            "weights.access_points",
            "weights.people_trained"
        ]
    );
    assert_eq!(text(&scenario, 2, 1), "max-impact");
    assert_eq!(number(&scenario, 3, 1), 600.0);
    assert_eq!(number(&scenario, 4, 1), 50.0);
    let objective = sheets["scenario"]
        .0
        .split("<dataValidation ")
        .find(|v| v.contains("sqref=\"B3\""))
        .expect("a check on the objective");
    assert!(
        objective.contains("\"max-impact,min-own-cost\""),
        "{objective}"
    );
    assert_eq!(sheets["scenario"].1.matches("<comment ").count(), 3);

    // The instructions say how to solve it.
    let instructions = sheet(&mut workbook, "instructions");
    let all: String = instructions
        .rows()
        .flatten()
        .map(|c| c.to_string() + "\n")
        .collect();
    assert!(all.contains("fundmix solve plan.xlsx --xlsx"), "{all}");
}

#[test]
fn the_template_workbook_is_written_only_to_a_new_xlsx_file_and_always_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (
        dir.path().join("a/plan.xlsx"),
        dir.path().join("b/plan.xlsx"),
    );
    init_xlsx(&first);
    init_xlsx(&second);
    assert_eq!(fs::read(&first).unwrap(), fs::read(&second).unwrap());

    let (code, _, stderr) = run(&["init".as_ref(), "--xlsx".as_ref(), first.as_os_str()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("already exists; choose a new file name"),
        "{stderr}"
    );
    let text_file = dir.path().join("plan.txt");
    let (code, _, stderr) = run(&["init".as_ref(), "--xlsx".as_ref(), text_file.as_os_str()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("does not end in .xlsx"), "{stderr}");
    assert!(!text_file.exists());
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("a")).unwrap().collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no partial file is left beside the workbook"
    );
}

/// The whole flow of the README: a template workbook, solved as it is, gives the same plan as
/// the CSV template, and a results workbook with charts.
#[test]
fn the_template_workbook_solves_like_the_csv_template() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.xlsx");
    init_xlsx(&path);
    let csv_template = dir.path().join("csv");
    run(&["init".as_ref(), csv_template.as_os_str()]);
    let (from_xlsx, from_csv) = (dir.path().join("from-xlsx"), dir.path().join("from-csv"));
    solve(&path, &from_xlsx, &["--xlsx"], 0);
    solve(&csv_template.join("scenario.toml"), &from_csv, &[], 0);
    let (a, b) = (summary(&from_xlsx), summary(&from_csv));
    assert_eq!(a["scenario"], "My plan");
    for key in [
        "scenario",
        "objective",
        "selected",
        "money",
        "sources",
        "indicators",
        "staff",
    ] {
        assert_eq!(a[key], b[key], "{key}");
    }
    assert_eq!(
        fs::read_to_string(from_xlsx.join("allocation.csv")).unwrap(),
        fs::read_to_string(from_csv.join("allocation.csv")).unwrap()
    );
    let results = open(&from_xlsx.join("plan.xlsx"));
    assert_eq!(results.sheet_names()[5], "Charts");
    assert!(zip_entries(&from_xlsx.join("plan.xlsx")).contains_key("xl/charts/chart2.xml"));
}

/// A small plan with a grant that pays half the time, a partner, a soft target and uncertain
/// costs and impacts, in `dir/plan`.
fn risky_plan(dir: &Path) -> PathBuf {
    let plan = dir.join("plan");
    fs::create_dir_all(&plan).unwrap();
    for (name, text) in [
        (
            "actions.csv",
            "id,name,cost,cost_low,cost_high,impact_people,impact_people_low,impact_people_high\n\
             big,Needs the grant,100,90,130,10,8,12\nsmall,Own money,10,,,1,,\n",
        ),
        (
            "sources.csv",
            "id,name,kind,budget,eligible,award_probability\n\
             own,Municipality,own,20,small,\ngrant,Grant,grant,150,big,0.5\n",
        ),
        (
            "partners.csv",
            "id,name,cash,eligible,commitment_probability\nfirm,Firm,5,big,0.8\n",
        ),
        ("targets.csv", "indicator,min,hard\npeople,5,false\n"),
    ] {
        fs::write(plan.join(name), text).unwrap();
    }
    plan
}

/// `fundmix robust PLAN --samples 30 --out OUT --xlsx EXTRA...`, which must succeed.
fn robust_xlsx(plan: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec![
        "robust".as_ref(),
        plan.as_os_str(),
        "--samples".as_ref(),
        "30".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
        "--xlsx".as_ref(),
    ];
    args.extend(extra.iter().map(|a| std::ffi::OsStr::new(*a)));
    let (code, stdout, stderr) = run(&args);
    assert_eq!(code, 0, "stdout:\n{stdout}\nstderr:\n{stderr}");
}

#[test]
fn robust_writes_a_workbook_with_the_figures_of_robust_json_and_every_draw() {
    let dir = tempfile::tempdir().unwrap();
    let plan = risky_plan(dir.path());
    let out = dir.path().join("risk");
    robust_xlsx(&plan, &out, &[]);
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("robust.json")).unwrap()).unwrap();
    let path = out.join("robust.xlsx");
    let mut workbook = open(&path);
    assert_eq!(
        workbook.sheet_names(),
        [
            "Summary",
            "Core index",
            "Targets",
            "Sources",
            "Uncertain",
            "Draws"
        ]
    );

    // Summary: the draws, the share with a plan and the spreads, as in robust.json.
    let summary = sheet(&mut workbook, "Summary");
    assert_eq!(text(&summary, 0, 0), "Funding risk: plan");
    assert!(text(&summary, 1, 0).starts_with("30 draws of which sources pay out"));
    assert_eq!(number(&summary, 3, 1), 30.0);
    assert_eq!(text(&summary, 4, 1), "1");
    assert!(close(
        number(&summary, 5, 1),
        json["plan_share"].as_f64().unwrap()
    ));
    let header: Vec<String> = (0..5).map(|c| text(&summary, 8, c)).collect();
    assert_eq!(
        header,
        [
            "What",
            "Mean",
            "5th percentile",
            "Median",
            "95th percentile"
        ]
    );
    for (row, label, key) in [
        (9, "Objective", &json["objective"]),
        (10, "Own money (EUR)", &json["own_eur"]),
        (11, "Cost of the plan (EUR)", &json["cost_eur"]),
        (12, "people", &json["indicators"][0][1]),
    ] {
        assert_eq!(text(&summary, row, 0), label);
        for (col, quantile) in ["mean", "p5", "p50", "p95"].iter().enumerate() {
            let expected = key[quantile].as_f64().unwrap();
            let got = number(&summary, row, 1 + col);
            assert!(
                close(got, expected),
                "{label} {quantile}: {got} vs {expected}"
            );
        }
    }

    // Core index and targets: one share per row, most robust first, with a bar chart each.
    let core = sheet(&mut workbook, "Core index");
    assert_eq!(
        [text(&core, 0, 0), text(&core, 0, 1)],
        ["Action", "Funded in"]
    );
    let mut expected: Vec<(String, f64)> = json["core_index"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_str().unwrap().to_string(), p[1].as_f64().unwrap()))
        .collect();
    expected.sort_by(|a, b| b.1.total_cmp(&a.1));
    assert_eq!(core.height(), 1 + expected.len());
    for (r, (action, share)) in expected.iter().enumerate() {
        assert_eq!(text(&core, 1 + r, 0), *action);
        assert!(close(number(&core, 1 + r, 1), *share));
    }
    let targets = sheet(&mut workbook, "Targets");
    assert_eq!(text(&targets, 1, 0), "people");
    let met = json["target_met"][0][1].as_f64().unwrap();
    assert!(close(number(&targets, 1, 1), met));
    let zip = zip_entries(&path);
    assert!(zip["xl/charts/chart1.xml"].contains("'Core index'!$B$2:$B$3"));
    assert!(zip["xl/charts/chart2.xml"].contains("<c:f>Targets!$B$2</c:f>"));
    assert!(zip["xl/worksheets/sheet2.xml"].contains("<pane "));

    // Sources and partners: chance and expected money.
    let sources = sheet(&mut workbook, "Sources");
    for (r, source) in json["expected_source_eur"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        assert_eq!(text(&sources, 1 + r, 0), source[0].as_str().unwrap());
        assert!(close(
            number(&sources, 1 + r, 1),
            source[1].as_f64().unwrap()
        ));
        assert!(close(
            number(&sources, 1 + r, 2),
            source[2].as_f64().unwrap()
        ));
    }
    assert_eq!(text(&sources, 4, 0), "Partners");
    assert_eq!(text(&sources, 6, 0), "firm");
    assert!(close(number(&sources, 6, 1), 0.8));

    // The uncertain cost and impact.
    let uncertain = sheet(&mut workbook, "Uncertain");
    assert_eq!(text(&uncertain, 0, 0), "Uncertain costs");
    assert_eq!(text(&uncertain, 2, 0), "big");
    let range = &json["cost_ranges"][0];
    for (col, key) in ["low_eur", "most_likely_eur", "high_eur", "mean_eur"]
        .iter()
        .enumerate()
    {
        let expected = range[key].as_f64().unwrap();
        // Whole euros in the table's format, the number itself exact.
        assert!(close(number(&uncertain, 2, 1 + col), expected), "{key}");
    }
    assert_eq!(text(&uncertain, 4, 0), "Uncertain impacts");
    assert_eq!(
        [text(&uncertain, 6, 0), text(&uncertain, 6, 1)],
        ["big", "people"]
    );
    assert_eq!(number(&uncertain, 6, 3), 10.0);

    // Every draw: the same cells as samples.csv (which has 4 decimals), titled in words.
    let draws = sheet(&mut workbook, "Draws");
    let csv = fs::read_to_string(out.join("samples.csv")).unwrap();
    let mut lines = csv.lines();
    let keys: Vec<&str> = lines.next().unwrap().split(',').collect();
    let titles: Vec<String> = (0..keys.len()).map(|c| text(&draws, 0, c)).collect();
    assert_eq!(
        titles,
        [
            "Draw",
            "own paid",
            "grant paid",
            "firm kept its word",
            "Has a plan",
            "Objective",
            "Own money (EUR)",
            "Cost of the plan (EUR)",
            "people",
            "big scale",
            "small scale",
            "big cost (EUR)"
        ]
    );
    let mut rows = 0;
    for (r, line) in lines.enumerate() {
        rows += 1;
        for (c, cell) in line.split(',').enumerate() {
            match cell.parse::<f64>() {
                Ok(value) => {
                    // samples.csv rounds to its decimals (money 2, the rest 4).
                    let decimals = cell.split('.').nth(1).map_or(0, str::len) as i32;
                    let tolerance = 0.5 * 10f64.powi(-decimals) + 1e-9;
                    let got = number(&draws, 1 + r, c);
                    let key = keys[c];
                    assert!(
                        (got - value).abs() <= tolerance,
                        "{r} {key}: {got} vs {value}"
                    );
                }
                Err(_) => assert_eq!(cell, "", "{} {}", r, keys[c]),
            }
        }
    }
    assert_eq!(rows, 30);
    assert_eq!(draws.height(), 1 + 30 + 2, "the draws, then the note");

    // The same run gives the same bytes; without --xlsx there is no workbook.
    let again = dir.path().join("again");
    robust_xlsx(&plan, &again, &[]);
    assert_eq!(
        fs::read(&path).unwrap(),
        fs::read(again.join("robust.xlsx")).unwrap()
    );
    let plain = dir.path().join("plain");
    let (code, _, stderr) = run(&[
        "robust".as_ref(),
        plan.as_os_str(),
        "--samples".as_ref(),
        "3".as_ref(),
        "--out".as_ref(),
        plain.as_os_str(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(plain.join("robust.json").is_file() && !plain.join("robust.xlsx").exists());
}

#[test]
fn a_latvian_robust_workbook_has_latvian_sheets_headers_and_charts() {
    let dir = tempfile::tempdir().unwrap();
    let plan = risky_plan(dir.path());
    let (en, lv) = (dir.path().join("en"), dir.path().join("lv"));
    robust_xlsx(&plan, &en, &[]);
    robust_xlsx(&plan, &lv, &["--lang", "lv"]);
    let path = lv.join("robust.xlsx");
    let mut workbook = open(&path);
    let names = [
        "Kopsavilkums",
        "Kodola indekss",
        "Mērķvērtības",
        "Finansējuma avoti",
        "Nenoteiktība",
        "Izlozes",
    ];
    assert_eq!(workbook.sheet_names(), names);
    for name in names {
        assert!(name.encode_utf16().count() <= 31, "{name}");
    }
    let summary = sheet(&mut workbook, "Kopsavilkums");
    assert_eq!(text(&summary, 0, 0), "Finansējuma risks: plan");
    assert_eq!(text(&summary, 8, 2), "5. procentile");
    assert_eq!(text(&summary, 10, 0), "Pašu nauda (EUR)");
    let draws = sheet(&mut workbook, "Izlozes");
    assert_eq!(
        [text(&draws, 0, 0), text(&draws, 0, 2), text(&draws, 0, 3)],
        ["Izloze", "grant izmaksāja", "firm turēja vārdu"]
    );
    // The numbers are the English workbook's.
    let english = sheet(&mut open(&en.join("robust.xlsx")), "Draws");
    assert_eq!(english.height(), draws.height());
    for r in 1..=30 {
        for c in 0..english.width() {
            assert_eq!(number(&draws, r, c), number(&english, r, c), "({r}, {c})");
        }
    }
    let zip = zip_entries(&path);
    let chart = &zip["xl/charts/chart1.xml"];
    assert!(chart.contains("Kodola indekss"), "{chart}");
    assert!(chart.contains("'Kodola indekss'!"), "{chart}");
    assert!(zip["docProps/core.xml"].contains("<dc:title>Finansējuma risks: plan</dc:title>"));
}
