//! Scenario files (or a bare plan folder) → a validated [`Scenario`].

use super::load_plan;
use crate::domain::{Objective, Plan, Scenario};
use crate::error::{InputError, InputProblem, Problems};
use crate::input::scenario::{read_scenario, RawScenario};
use std::path::Path;

/// Loads a scenario file, or a plan folder with default settings (maximise impact, no staff
/// limit, every indicator weighing 1).
pub fn load_scenario(path: &Path) -> Result<Scenario, InputError> {
    let label = path.display().to_string();
    if path.is_dir() {
        let plan = load_plan(path, &label)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "plan".into());
        return resolve(RawScenario::default(), name, path, plan, &label);
    }
    let raw = read_scenario(path, &label).map_err(|p| InputError { problems: vec![p] })?;
    let folder = path
        .parent()
        .unwrap_or(Path::new("."))
        .join(raw.plan.as_deref().unwrap_or("plan"));
    if !folder.is_dir() {
        return Err(InputError {
            problems: vec![InputProblem::in_file(
                &label,
                format!("the plan folder '{}' does not exist", folder.display()),
                "set `plan` to the folder holding actions.csv and sources.csv, relative to this scenario file",
            )
            .at_column("plan")],
        });
    }
    let plan = load_plan(&folder, &folder.display().to_string())?;
    let default_name = path
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "scenario".into());
    resolve(raw, default_name, path, plan, &label)
}

/// Checks the scenario settings against the plan.
fn resolve(
    raw: RawScenario,
    default_name: String,
    file: &Path,
    plan: Plan,
    label: &str,
) -> Result<Scenario, InputError> {
    let mut problems = Problems::default();
    let at = |key: &str, message: String, fix: &str| {
        InputProblem::in_file(label, message, fix).at_column(key)
    };

    let objective = match raw.objective.as_deref() {
        None | Some("max-impact") => Objective::MaxImpact,
        Some("min-own-cost") => Objective::MinOwnCost,
        Some(other) => {
            problems.push(at(
                "objective",
                format!("'{other}' is not an objective"),
                "write \"max-impact\" (most weighted impact within the money) or \"min-own-cost\" (least municipal money)",
            ));
            Objective::MaxImpact
        }
    };

    let staff_capacity_hours = match &raw.staff_capacity {
        None => None,
        Some(value) => staff_capacity(value, &plan.periods, &mut problems, &at),
    };

    let mut weights = vec![1.0; plan.indicators.len()];
    for (name, value) in raw.weights.iter().flatten() {
        let key = format!("weights.{name}");
        let Some(index) = plan.indicators.iter().position(|i| i == name) else {
            problems.push(at(
                &key,
                format!("'{name}' is not an indicator of the plan"),
                &format!("use one of: {}", plan.indicators.join(", ")),
            ));
            continue;
        };
        match hours_or_number(value) {
            Some(w) if w >= 0.0 => weights[index] = w,
            _ => problems.push(at(
                &key,
                format!("the weight {value} is not a number of 0 or more"),
                "write a number such as 1 or 2.5",
            )),
        }
    }
    let name = raw.name.clone().unwrap_or(default_name);
    if name.trim().is_empty() {
        problems.push(at(
            "name",
            "the scenario name is empty".into(),
            "write a short name, e.g. name = \"Baseline\"",
        ));
    }
    problems.into_result(Scenario {
        name,
        source_file: file.to_path_buf(),
        plan,
        objective,
        staff_capacity_hours,
        weights,
    })
}

fn hours_or_number(value: &toml::Value) -> Option<f64> {
    match value {
        toml::Value::Integer(i) => Some(*i as f64),
        toml::Value::Float(f) if f.is_finite() => Some(*f),
        _ => None,
    }
}

fn staff_capacity(
    value: &toml::Value,
    periods: &[String],
    problems: &mut Problems,
    at: &dyn Fn(&str, String, &str) -> InputProblem,
) -> Option<Vec<f64>> {
    const FIX: &str = "write hours per period as a number (staff_capacity = 4000) or a table per period (staff_capacity = { \"2025\" = 1200, \"2026\" = 1300 })";
    if let Some(hours) = hours_or_number(value) {
        if hours < 0.0 {
            problems.push(at("staff_capacity", format!("{hours} is negative"), FIX));
            return None;
        }
        return Some(vec![hours; periods.len()]);
    }
    let Some(table) = value.as_table() else {
        problems.push(at(
            "staff_capacity",
            format!("{value} is not a number of hours"),
            FIX,
        ));
        return None;
    };
    let mut hours = vec![0.0; periods.len()];
    let mut ok = true;
    for (period, value) in table {
        let key = format!("staff_capacity.{period}");
        let Some(index) = periods.iter().position(|p| p == period) else {
            ok = false;
            problems.push(at(
                &key,
                format!(
                    "'{period}' is not a period of the plan (it has: {})",
                    periods.join(", ")
                ),
                FIX,
            ));
            continue;
        };
        match hours_or_number(value) {
            Some(h) if h >= 0.0 => hours[index] = h,
            _ => {
                ok = false;
                problems.push(at(
                    &key,
                    format!("{value} is not a number of hours, 0 or more"),
                    FIX,
                ));
            }
        }
    }
    for period in periods {
        if !table.contains_key(period) {
            ok = false;
            problems.push(at(
                "staff_capacity",
                format!("no capacity is given for the period '{period}'"),
                FIX,
            ));
        }
    }
    ok.then_some(hours)
}
