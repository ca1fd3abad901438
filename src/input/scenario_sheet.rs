//! The `scenario` sheet of a workbook: the settings `fundmix solve plan.xlsx` uses, one per row.
//!
//! Column A holds a key, column B its value; further columns are free for notes, and a first row
//! reading `key` (or `setting`) in column A is a header. Keys are those of a scenario file,
//! flattened with dots: `name`, `objective`, `support`, `staff_capacity` (one number for every
//! period) or `staff_capacity.<period>`, `budget_factor`, `cost_factor`, `weights.<indicator>`, and
//! `sources.<id>.<key>`, `actions.<id>.<key>`, `partners.<id>.<key>`, `targets.<indicator>.<key>`
//! with the keys a scenario file allows there. `plan` and `extends` are not allowed: the plan is
//! the workbook itself, and a variant is a `.toml` file with `extends = "plan.xlsx"`. A key with an
//! empty value is left at its default, as if the row were not there.
//!
//! Each row becomes the line with its row number of a TOML text, which is then read like a scenario
//! file: the sheet has the same keys, checks and messages as a `.toml` file, located at its rows.
//! Numbers are written as numbers, `TRUE`/`FALSE` as booleans, other text as text (`name`,
//! `objective`, `support` and `actions.<id>.status` are always text). `staff_capacity` may be given
//! for every period and `staff_capacity.<period>` for the periods that differ.

use super::scenario::{parse_scenario, RawScenario};
use super::xlsx::{Cell, Grid, Workbook};
use crate::error::InputProblem;
use crate::i18n::input_tr;
use crate::t;
use std::collections::BTreeMap;
use std::path::Path;

/// The name of the sheet.
pub const SHEET: &str = "scenario";

/// How to write a setting, for every problem in the sheet.
pub fn fix() -> String {
    t!(
        input_tr(),
        "in-sheet-settings-fix",
        keys = super::scenario::sheet_keys()
    )
}

/// Reads the `scenario` sheet of the workbook at `path` (no sheet: default settings) into raw
/// settings whose `plan` is the workbook itself, each with the label of the sheet. A sheet with
/// both `staff_capacity` (every period) and `staff_capacity.<period>` rows gives two layers, the
/// periods laid over the rest (first), as a scenario file extending another would.
pub fn read_scenario_sheet(
    path: &Path,
    label: &str,
) -> Result<Vec<(RawScenario, String)>, Vec<InputProblem>> {
    let mut workbook = Workbook::open(path, label).map_err(|p| vec![p])?;
    let grid = workbook.grid(SHEET).map_err(|p| vec![p])?;
    let (texts, sheet_label) = match grid {
        Some(grid) => (to_toml(&grid)?, grid.label),
        None => (Texts::default(), super::xlsx::sheet_label(label, SHEET)),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // After the sheet's lines, so that line numbers stay row numbers.
    let base = format!("{}plan = {}\n", texts.base, quote(&file_name));
    let mut layers = Vec::new();
    if let Some(periods) = texts.periods {
        layers.push((
            parse_scenario(periods, &sheet_label, &fix()).map_err(|p| vec![p])?,
            sheet_label.clone(),
        ));
    }
    layers.push((
        parse_scenario(base, &sheet_label, &fix()).map_err(|p| vec![p])?,
        sheet_label,
    ));
    Ok(layers)
}

/// The TOML texts of a sheet, sheet row N on line N of each.
#[derive(Debug, Default)]
struct Texts {
    /// Every setting (but the per-period staff rows when `periods` has them).
    base: String,
    /// The `name` and `staff_capacity.<period>` rows, when the sheet also has a
    /// `staff_capacity` row for every period.
    periods: Option<String>,
}

/// The sheet as TOML text; every problem of a row that cannot be a setting.
fn to_toml(grid: &Grid) -> Result<Texts, Vec<InputProblem>> {
    // (key path, TOML line) per sheet row; empty for a row that sets nothing.
    let mut lines: Vec<(String, String)> = vec![Default::default(); grid.rows.len()];
    let mut problems = Vec::new();
    // Key path → the row that set it.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let tr = input_tr();
    for (index, cells) in grid.rows.iter().enumerate() {
        let row = index + 1;
        let problem = |key: Option<&str>, message: String, fix: String| {
            let problem = InputProblem::in_file(&grid.label, message, fix).at_row(row);
            match key {
                Some(key) => problem.at_column(key),
                None => problem,
            }
        };
        let key = cells.first().cloned().flatten();
        let value = cells.get(1).cloned().flatten();
        let key = match key {
            Some(Cell::Error(shown)) => {
                problems.push(problem(
                    None,
                    t!(tr, "in-sheet-key-cell-error", shown = shown.as_str()),
                    fix(),
                ));
                continue;
            }
            Some(cell) => Some(cell.text()),
            None => None,
        };
        let (key, value) = match (key, value) {
            (Some(key), _)
                if index == 0 && ["key", "setting"].contains(&key.to_lowercase().as_str()) =>
            {
                continue
            }
            (None, None) | (Some(_), None) => continue,
            (None, Some(_)) => {
                problems.push(problem(None, t!(tr, "in-sheet-value-no-key"), fix()));
                continue;
            }
            (Some(key), Some(value)) => (key, value),
        };
        let parts: Vec<&str> = key.split('.').map(str::trim).collect();
        let path = parts.join(".");
        if parts.iter().any(|p| p.is_empty()) {
            problems.push(problem(
                Some(&path),
                t!(tr, "in-sheet-key-empty-part", key = key.as_str()),
                fix(),
            ));
            continue;
        }
        match parts[0] {
            "plan" => {
                problems.push(problem(
                    Some(&path),
                    t!(tr, "in-sheet-no-plan"),
                    t!(tr, "in-sheet-no-plan-fix"),
                ));
                continue;
            }
            "extends" => {
                problems.push(problem(
                    Some(&path),
                    t!(tr, "in-sheet-no-extends"),
                    t!(tr, "in-sheet-no-extends-fix"),
                ));
                continue;
            }
            _ => {}
        }
        if let Some(clash) = clash(&seen, &path) {
            problems.push(problem(Some(&path), clash, fix()));
            // A later row with the same key is then 'set twice', not a second clash.
            seen.entry(path).or_insert(row);
            continue;
        }
        if let Cell::Error(shown) = &value {
            problems.push(problem(
                Some(&path),
                t!(tr, "in-sheet-value-cell-error", shown = shown.as_str()),
                t!(tr, "in-sheet-value-cell-error-fix"),
            ));
            continue;
        }
        seen.insert(path.clone(), row);
        let key: Vec<String> = parts.iter().map(|p| quote(p)).collect();
        lines[index] = (
            path,
            format!("{} = {}", key.join("."), literal(&parts, &value)),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let per_period = |path: &str| path.starts_with("staff_capacity.");
    let text = |keep: &dyn Fn(&str) -> bool| {
        let kept: Vec<&str> = lines
            .iter()
            .map(|(path, line)| if keep(path) { line.as_str() } else { "" })
            .collect();
        format!("{}\n", kept.join("\n"))
    };
    if seen.contains_key("staff_capacity") && seen.keys().any(|p| per_period(p)) {
        Ok(Texts {
            base: text(&|p| !per_period(p)),
            periods: Some(text(&|p| per_period(p) || p == "name")),
        })
    } else {
        Ok(Texts {
            base: text(&|_| true),
            periods: None,
        })
    }
}

/// Why `path` cannot be set after the keys in `seen`, if it cannot: it is set twice, or it is
/// both one value and a group of values (`staff_capacity` and `staff_capacity.2025`).
fn clash(seen: &BTreeMap<String, usize>, path: &str) -> Option<String> {
    let tr = input_tr();
    if let Some(row) = seen.get(path) {
        return Some(t!(
            tr,
            "in-sheet-key-twice",
            key = path,
            row = row.to_string()
        ));
    }
    seen.iter().find_map(|(other, row)| {
        let (whole, part) = if path.starts_with(&format!("{other}.")) {
            (other.as_str(), path)
        } else if other.starts_with(&format!("{path}.")) {
            (path, other.as_str())
        } else {
            return None;
        };
        // Hours for every period, and some periods' own hours: like a scenario file extending
        // one that sets a number.
        if whole == "staff_capacity" && part.matches('.').count() == 1 {
            return None;
        }
        Some(t!(
            tr,
            "in-sheet-key-whole-and-part",
            whole = whole,
            part = part,
            row = row.to_string()
        ))
    })
}

/// The value of a cell as a TOML literal for the key `parts`.
fn literal(parts: &[&str], cell: &Cell) -> String {
    let text_key = matches!(
        parts,
        ["name"] | ["objective"] | ["support"] | ["lang"] | ["actions", _, "status"]
    );
    if text_key {
        return quote(&cell.text());
    }
    match cell {
        Cell::Number(x) => number_literal(*x),
        Cell::Bool(b) => b.to_string(),
        Cell::Text(s) => {
            let lower = s.to_lowercase();
            if lower == "true" || lower == "false" {
                lower
            } else {
                match super::number::parse_number(s) {
                    Some(x) => number_literal(x),
                    None => quote(s),
                }
            }
        }
        Cell::Error(shown) => quote(shown),
    }
}

/// A number as a TOML literal: an integer when it is whole (30000), else a float (0.85, 1e20).
fn number_literal(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9e15 {
        format!("{}", x as i64)
    } else {
        format!("{x:?}")
    }
}

/// `s` as a TOML basic string (also usable as a quoted key).
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: Vec<Vec<Option<Cell>>>) -> Grid {
        Grid {
            label: "w.xlsx, sheet 'scenario'".into(),
            rows,
        }
    }
    fn t(s: &str) -> Option<Cell> {
        Some(Cell::Text(s.into()))
    }
    fn n(x: f64) -> Option<Cell> {
        Some(Cell::Number(x))
    }

    #[test]
    fn rows_become_lines_with_their_numbers() {
        let texts = to_toml(&grid(vec![
            vec![t("key"), t("value")],
            vec![t("name"), n(2025.0)],
            vec![None, None, t("a note")],
            vec![t("weights.people trained"), n(1.5)],
            vec![t("staff_capacity . 2025"), t("1 200")],
            vec![t("partners.bank.enabled"), t("FALSE")],
            vec![t("cost_factor"), None],
            vec![t("actions.a.status"), t("must")],
        ]))
        .unwrap();
        assert!(texts.periods.is_none());
        let text = texts.base;
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "",
                "\"name\" = \"2025\"",
                "",
                "\"weights\".\"people trained\" = 1.5",
                "\"staff_capacity\".\"2025\" = 1200",
                "\"partners\".\"bank\".\"enabled\" = false",
                "",
                "\"actions\".\"a\".\"status\" = \"must\"",
            ]
        );
        let raw = parse_scenario(text, "w", &fix()).unwrap();
        assert_eq!(raw.name.as_ref().unwrap().get_ref(), "2025");
        let (key, value) = raw.weights.as_ref().unwrap().iter().next().unwrap();
        assert_eq!(key.get_ref(), "people trained");
        assert_eq!(raw.line(value.span()), Some(4));
    }

    #[test]
    fn bad_rows_are_located() {
        let problems = to_toml(&grid(vec![
            vec![t("objective"), t("min-own-cost")],
            vec![None, n(3.0)],
            vec![t("plan"), t("other")],
            vec![t("weights"), n(3000.0)],
            vec![t("weights.people"), n(1.0)],
            vec![t("objective"), t("max-impact")],
            vec![t("weights..x"), n(1.0)],
        ]))
        .unwrap_err();
        let rows: Vec<Option<usize>> = problems.iter().map(|p| p.row).collect();
        assert_eq!(rows, [Some(2), Some(3), Some(5), Some(6), Some(7)]);
        assert!(problems[2]
            .message
            .contains("'weights' is set both as one value"));
        assert_eq!(
            problems[3].message,
            "'objective' is set twice (first on row 1)"
        );
    }

    #[test]
    fn literals() {
        assert_eq!(number_literal(30000.0), "30000");
        assert_eq!(number_literal(0.85), "0.85");
        assert_eq!(number_literal(1e20), "1e20");
        assert_eq!(quote("a\"b\\c\n"), "\"a\\\"b\\\\c\\u000A\"");
        assert_eq!(literal(&["x"], &Cell::Text("maybe".into())), "\"maybe\"");
    }

    #[test]
    fn hours_for_every_period_and_some_periods_make_two_layers() {
        let texts = to_toml(&grid(vec![
            vec![t("name"), t("Base")],
            vec![t("staff_capacity"), n(3000.0)],
            vec![t("staff_capacity.2026"), n(3400.0)],
            vec![t("objective"), t("min-own-cost")],
        ]))
        .unwrap();
        let base: Vec<&str> = texts.base.lines().collect();
        assert_eq!(
            base,
            [
                "\"name\" = \"Base\"",
                "\"staff_capacity\" = 3000",
                "",
                "\"objective\" = \"min-own-cost\""
            ]
        );
        let periods = texts.periods.unwrap();
        let periods: Vec<&str> = periods.lines().collect();
        assert_eq!(
            periods,
            [
                "\"name\" = \"Base\"",
                "",
                "\"staff_capacity\".\"2026\" = 3400",
                ""
            ]
        );
    }
}
