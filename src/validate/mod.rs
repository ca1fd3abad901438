//! Raw tables and scenario settings → a validated [`Scenario`], or every problem at once.
//!
//! This is the only place that judges the user's input. It checks ids, references, numbers,
//! ranges and periods, and reports each problem with its file, row, column and a fix. It does not
//! judge whether the plan can be funded: an infeasible plan is a result, not an input error.

mod actions;
mod actuals;
mod cells;
mod columns;
mod funders;
mod overrides;
mod owners;
mod periods;
mod ranges;
mod scenario;
mod votes;

pub use crate::input::number::{parse_number, parse_number_in};
pub use actuals::{as_of_period, load_actuals, Recorded, ACTUALS_FILES};
pub use periods::SINGLE_PERIOD;
pub use scenario::load_scenario;

use crate::domain::{Action, Plan};
use crate::error::{InputError, InputProblem, Problems};
use crate::i18n::input_tr;
use crate::input::csv::read_table;
use crate::input::xlsx::Workbook;
use crate::input::RawTable;
use crate::t;
use actions::ActionRow;
use cells::Cells;
use std::collections::HashMap;
use std::path::Path;

/// The plan tables: (file name, required).
pub const PLAN_FILES: [(&str, bool); 6] = [
    ("actions.csv", true),
    ("sources.csv", true),
    ("partners.csv", false),
    ("targets.csv", false),
    ("votes.csv", false),
    ("owners.csv", false),
];

const ACTION_COLUMNS: columns::Known = columns::Known {
    names: &[
        "id",
        "name",
        "category",
        "goal",
        "cost",
        "staff_hours",
        "min_scale",
        "requires",
        "excludes",
        "status",
        "latest_start",
        "deadline",
        "owner",
    ],
    per_period: &["cost", "staff_hours"],
    free: &["impact_"],
};
const SOURCE_COLUMNS: columns::Known = columns::Known {
    names: &[
        "id",
        "name",
        "kind",
        "budget",
        "max_share",
        "eligible",
        "min_grant",
        "max_grant",
        "award_probability",
        "award_group",
        "spend_by",
    ],
    per_period: &["budget"],
    free: &[],
};
const PARTNER_COLUMNS: columns::Known = columns::Known {
    names: &[
        "id",
        "name",
        "cash",
        "staff_hours",
        "eligible",
        "max_actions",
        "commitment_probability",
    ],
    per_period: &["cash", "staff_hours"],
    free: &[],
};
const VOTE_COLUMNS: columns::Known = columns::Known {
    names: &["voter", "action", "points"],
    per_period: &[],
    free: &[],
};
const OWNER_COLUMNS: columns::Known = columns::Known {
    names: &["id", "name", "hours"],
    per_period: &["hours"],
    free: &[],
};
const TARGET_COLUMNS: columns::Known = columns::Known {
    names: &["indicator", "min", "hard", "penalty"],
    per_period: &[],
    free: &[],
};

/// Reads and validates the plan folder (or workbook, see [`crate::input::xlsx`]) `folder`;
/// `label` is how it is named in messages.
pub fn load_plan(folder: &Path, label: &str) -> Result<Plan, InputError> {
    let mut problems = Problems::default();
    let tr = input_tr();
    let tables = if folder.is_dir() {
        read_files(folder, label, &PLAN_FILES, &mut problems)
    } else if crate::input::xlsx::is_workbook(folder) {
        read_sheets(folder, label, &PLAN_FILES, &mut problems)
    } else {
        problems.push(InputProblem::in_file(
            label,
            t!(tr, "val-no-plan-folder"),
            t!(tr, "val-fix-no-plan-folder"),
        ));
        return Err(problems.into_error());
    };
    let (Some(action_table), Some(source_table)) = (&tables[0], &tables[1]) else {
        return Err(problems.into_error());
    };

    let mut cells = Cells::new(action_table, &mut problems);
    let Some(periods) = periods::plan_periods(&mut cells) else {
        return Err(problems.into_error());
    };
    columns::check_names(&mut cells, &ACTION_COLUMNS, &periods);
    let (indicators, rows) = actions::read_actions(&mut cells, &periods);
    if action_table.filled_rows() == 0 {
        cells.table_problem(t!(tr, "val-no-actions"), &t!(tr, "val-fix-no-actions"));
    }
    check_unique(
        &mut cells,
        rows.iter().map(|r| (r.row, r.action.id.as_str())),
        Kind::Action,
    );
    let mut actions = resolve_links(&mut cells, rows);
    let mut indicators = indicators;
    let votes = tables[4].as_ref().map(|table| {
        let mut cells = Cells::new(table, &mut problems);
        columns::check_names(&mut cells, &VOTE_COLUMNS, &periods);
        if indicators.iter().any(|i| i == votes::SUPPORT) {
            cells.table_problem(
                t!(tr, "val-support-column-and-votes"),
                &t!(tr, "val-fix-support-column-and-votes"),
            );
        }
        votes::read_votes(&mut cells, &actions)
    });
    if let Some(votes) = &votes {
        if !indicators.iter().any(|i| i == votes::SUPPORT) {
            votes::add_support(votes, &mut indicators, &mut actions);
        }
    }

    let mut cells = Cells::new(source_table, &mut problems);
    columns::check_names(&mut cells, &SOURCE_COLUMNS, &periods);
    let sources = funders::read_sources(&mut cells, &periods, &actions);
    if source_table.filled_rows() == 0 {
        cells.table_problem(t!(tr, "val-no-sources"), &t!(tr, "val-fix-no-sources"));
    }
    check_unique(&mut cells, source_table_ids(source_table), Kind::Source);

    let partners = match &tables[2] {
        Some(table) => {
            let mut cells = Cells::new(table, &mut problems);
            columns::check_names(&mut cells, &PARTNER_COLUMNS, &periods);
            let partners = funders::read_partners(&mut cells, &periods, &actions);
            check_unique(&mut cells, source_table_ids(table), Kind::Partner);
            partners
        }
        None => Vec::new(),
    };
    let targets = match &tables[3] {
        Some(table) => {
            let mut cells = Cells::new(table, &mut problems);
            columns::check_names(&mut cells, &TARGET_COLUMNS, &periods);
            funders::read_targets(&mut cells, &indicators)
        }
        None => Vec::new(),
    };
    let owners = match &tables[5] {
        Some(table) => {
            let mut cells = Cells::new(table, &mut problems);
            columns::check_names(&mut cells, &OWNER_COLUMNS, &periods);
            let owners = owners::read_owners(&mut cells, &periods);
            check_unique(&mut cells, source_table_ids(table), Kind::Owner);
            owners
        }
        None => Vec::new(),
    };
    // An owner may be a partner: when partners.csv could not be read, an owner is not judged
    // against it (the problem reported is the file's, not every owner's).
    let partners_read = tables[2].is_some() || !has_table(folder, "partners.csv");
    let mut cells = Cells::new(action_table, &mut problems);
    if partners_read {
        owners::tie_owners(&mut cells, &mut actions, &owners, &partners);
    }
    let notes = problems.take_notes();
    problems.into_result(Plan {
        folder: folder.to_path_buf(),
        periods,
        indicators,
        actions,
        sources,
        partners,
        targets,
        owners,
        votes,
        notes,
    })
}

/// Whether the plan `folder` (or workbook) has the table `file` (a sheet named like it without
/// `.csv` in a workbook), readable or not.
fn has_table(folder: &Path, file: &str) -> bool {
    if folder.is_dir() {
        return folder.join(file).exists();
    }
    Workbook::open(folder, "")
        .map(|mut w| !matches!(w.table(file.trim_end_matches(".csv")), Ok(None)))
        .unwrap_or(false)
}

/// The tables `files` ((file name, required), as [`PLAN_FILES`]) in the folder `folder`
/// (`None`: left out or unreadable).
fn read_files(
    folder: &Path,
    label: &str,
    files: &[(&str, bool)],
    problems: &mut Problems,
) -> Vec<Option<RawTable>> {
    let mut tables = Vec::new();
    for &(name, required) in files {
        let path = folder.join(name);
        if !required && !path.exists() {
            tables.push(None);
            continue;
        }
        match read_table(&path, &format!("{label}/{name}")) {
            Ok(table) => tables.push(Some(table)),
            Err(found) => {
                found.into_iter().for_each(|p| problems.push(p));
                tables.push(None);
            }
        }
    }
    tables
}

/// The tables `files` (as for [`read_files`]) as the sheets of the workbook `path`, named like
/// the files without `.csv`; the same ones are required.
fn read_sheets(
    path: &Path,
    label: &str,
    files: &[(&str, bool)],
    problems: &mut Problems,
) -> Vec<Option<RawTable>> {
    let mut workbook = match Workbook::open(path, label) {
        Ok(workbook) => workbook,
        Err(problem) => {
            problems.push(problem);
            return vec![None; files.len()];
        }
    };
    let mut tables = Vec::new();
    for &(file, required) in files {
        let sheet = file.trim_end_matches(".csv");
        match workbook.table(sheet) {
            Ok(Some(table)) => tables.push(Some(table)),
            Ok(None) => {
                if required {
                    problems.push(workbook.missing_sheet(sheet));
                }
                tables.push(None);
            }
            Err(found) => {
                found.into_iter().for_each(|p| problems.push(p));
                tables.push(None);
            }
        }
    }
    tables
}

fn source_table_ids(table: &crate::input::RawTable) -> Vec<(usize, &str)> {
    let Some(column) = table.column("id") else {
        return Vec::new();
    };
    table
        .rows
        .iter()
        .enumerate()
        .filter_map(|(row, cells)| cells[column].as_deref().map(|id| (row, id)))
        .collect()
}

/// What the rows of a table are, for the messages about their ids.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Action,
    Source,
    Partner,
    Owner,
}

impl Kind {
    /// The kind as the messages select it (`action`, `source`, `partner`, `owner`; also the
    /// English word).
    fn code(self) -> &'static str {
        match self {
            Kind::Action => "action",
            Kind::Source => "source",
            Kind::Partner => "partner",
            Kind::Owner => "owner",
        }
    }
}

/// Records a problem for every id that appears twice.
fn check_unique<'a>(
    cells: &mut Cells,
    ids: impl IntoIterator<Item = (usize, &'a str)>,
    what: Kind,
) {
    let tr = input_tr();
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (row, id) in ids {
        if let Some(earlier) = first.get(id) {
            cells.problem(
                row,
                "id",
                t!(
                    tr,
                    "val-duplicate-id",
                    what = what.code(),
                    id = id,
                    row = (earlier + 2).to_string()
                ),
                &t!(tr, "val-fix-duplicate-id", what = what.code()),
            );
        } else {
            first.insert(id, row);
        }
    }
}

/// Turns `requires` / `excludes` names into indices and rejects unknown ids, self-references
/// and `requires` cycles.
fn resolve_links(cells: &mut Cells, rows: Vec<ActionRow>) -> Vec<Action> {
    let tr = input_tr();
    let index: HashMap<String, usize> = rows
        .iter()
        .enumerate()
        .rev()
        .map(|(i, r)| (r.action.id.clone(), i))
        .collect();
    let mut actions = Vec::with_capacity(rows.len());
    let mut row_of = Vec::with_capacity(rows.len());
    for (i, row) in rows.into_iter().enumerate() {
        let mut action = row.action;
        for (column, names, out) in [
            ("requires", &row.requires, &mut action.requires),
            ("excludes", &row.excludes, &mut action.excludes),
        ] {
            for name in names {
                match index.get(name) {
                    Some(&j) if j == i => cells.problem(
                        row.row,
                        column,
                        t!(tr, "val-lists-itself", id = name),
                        &t!(tr, "val-fix-lists-itself", id = name, column = column),
                    ),
                    Some(&j) => {
                        if !out.contains(&j) {
                            out.push(j);
                        }
                    }
                    None => cells.problem(
                        row.row,
                        column,
                        t!(tr, "val-not-an-action", name = name),
                        &t!(tr, "val-fix-link"),
                    ),
                }
            }
        }
        actions.push(action);
        row_of.push(row.row);
    }
    if let Some(cycle) = find_requires_cycle(&actions) {
        let names: Vec<&str> = cycle.iter().map(|&i| actions[i].id.as_str()).collect();
        cells.problem(
            row_of[cycle[0]],
            "requires",
            t!(
                tr,
                "val-requires-cycle",
                cycle = format!("{} → {}", names.join(" → "), names[0])
            ),
            &t!(tr, "val-fix-requires-cycle"),
        );
    }
    actions
}

/// A cycle in the `requires` graph, as action indices in order, if any.
fn find_requires_cycle(actions: &[Action]) -> Option<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let mut mark = vec![Mark::New; actions.len()];
    for start in 0..actions.len() {
        if mark[start] != Mark::New {
            continue;
        }
        // Iterative depth-first search; `path` holds (node, next edge to try).
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        mark[start] = Mark::Active;
        while let Some(&mut (node, ref mut edge)) = path.last_mut() {
            if let Some(&next) = actions[node].requires.get(*edge) {
                *edge += 1;
                match mark[next] {
                    Mark::Active => {
                        let from = path.iter().position(|&(n, _)| n == next).unwrap_or(0);
                        return Some(path[from..].iter().map(|&(n, _)| n).collect());
                    }
                    Mark::New => {
                        mark[next] = Mark::Active;
                        path.push((next, 0));
                    }
                    Mark::Done => {}
                }
            } else {
                mark[node] = Mark::Done;
                path.pop();
            }
        }
    }
    None
}

/// Makes a problem at a scenario key: (key, where its value is in the file, message, fix).
pub(super) type At<'a> =
    dyn Fn(&str, std::ops::Range<usize>, String, &str) -> crate::error::InputProblem + 'a;

/// A number of hours (or any number) as TOML writes it: an integer or a finite float.
pub(super) fn hours_or_number(value: &toml::Value) -> Option<f64> {
    match value {
        toml::Value::Integer(i) => Some(*i as f64),
        toml::Value::Float(f) if f.is_finite() => Some(*f),
        _ => None,
    }
}

/// Loads every scenario; the problems of all of them are reported together.
pub fn load_all(files: &[std::path::PathBuf]) -> Result<Vec<crate::domain::Scenario>, InputError> {
    let mut scenarios = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for file in files {
        match load_scenario(file) {
            Ok(s) => scenarios.push(s),
            Err(e) => problems.extend(e.problems),
        }
    }
    if problems.is_empty() {
        Ok(scenarios)
    } else {
        Err(InputError { problems })
    }
}
