//! Scenario files (or a bare plan folder) → a validated [`Scenario`].
//!
//! The scenario's own settings are checked even when the plan has problems, so that one run
//! lists the problems of every file.

use super::{hours_or_number, load_plan, SINGLE_PERIOD};
use crate::domain::{Objective, Plan, Scenario, SupportRule};
use crate::error::{InputError, InputProblem, Problems};
use crate::i18n::Lang;
use crate::input::scenario::{RawScenario, StaffCapacity};
use crate::input::scenario_chain::read_scenario_chain;
use crate::input::xlsx::is_workbook;
use std::ops::Range;
use std::path::Path;

/// Loads a scenario file, a plan folder with default settings (maximise impact, no staff
/// limit, every indicator weighing 1), or a workbook: its plan sheets with the settings of its
/// `scenario` sheet (default settings without one).
pub fn load_scenario(path: &Path) -> Result<Scenario, InputError> {
    let label = path.display().to_string();
    if path.is_dir() {
        let plan = load_plan(path, &label)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "plan".into());
        return resolve(RawScenario::default(), name, path, Ok(plan), &label);
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if path.is_file() && extension == "csv" {
        let folder = path.parent().unwrap_or(Path::new("."));
        return Err(InputError {
            problems: vec![InputProblem::in_file(
                &label,
                "this is a table, not a scenario file or a plan folder",
                format!(
                    "give the plan folder that holds the tables ('{}'), a scenario file (.toml) that points to it, or a workbook (.xlsx) with one sheet per table",
                    folder.display()
                ),
            )],
        });
    }
    let raw = match read_scenario_chain(path, &label) {
        Ok(raw) => raw,
        Err(mut problems) => {
            // A workbook's plan sheets are known even when its scenario sheet has problems.
            if is_workbook(path) {
                if let Err(plan) = load_plan(path, &label) {
                    // Not twice the workbook's own problem (missing, unreadable).
                    for problem in plan.problems {
                        if !problems.contains(&problem) {
                            problems.push(problem);
                        }
                    }
                }
            }
            return Err(InputError { problems });
        }
    };
    let plan_base = raw.layer_of("plan").map_or(path, |l| l.path.as_path());
    let folder = plan_base
        .parent()
        .unwrap_or(Path::new("."))
        .join(raw.plan.as_ref().map_or("plan", |p| p.get_ref().as_str()));
    let plan = if folder.is_dir() || (is_workbook(&folder) && folder.is_file()) {
        load_plan(&folder, &plan_label(path, &folder))
    } else {
        let (file, row) = raw.locate("plan", raw.plan.as_ref().map_or(0..0, |p| p.span()));
        let (what, fix) = if is_workbook(&folder) {
            ("workbook", "set `plan` to the workbook holding the sheets actions and sources (or to a plan folder), relative to this scenario file")
        } else {
            ("plan folder", "set `plan` to the folder holding actions.csv and sources.csv, relative to this scenario file")
        };
        let mut problem = InputProblem::in_file(
            if file.is_empty() { label.clone() } else { file },
            format!("the {what} '{}' does not exist", folder.display()),
            fix,
        )
        .at_column("plan");
        problem.row = row;
        Err(InputError {
            problems: vec![problem],
        })
    };
    let default_name = path
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "scenario".into());
    resolve(raw, default_name, path, plan, &label)
}

/// How to name the plan `folder` in messages: a workbook given directly as `path` is named as
/// given, not as its folder joined with its own name.
fn plan_label(path: &Path, folder: &Path) -> String {
    match (path.file_name(), folder.file_name()) {
        (Some(a), Some(b)) if a == b && is_workbook(path) => path.display().to_string(),
        _ => folder.display().to_string(),
    }
}

/// Checks the scenario settings against the plan. When the plan has problems, the settings are
/// still checked as far as they can be without it, and every problem is returned together.
fn resolve(
    raw: RawScenario,
    default_name: String,
    file: &Path,
    plan: Result<Plan, InputError>,
    label: &str,
) -> Result<Scenario, InputError> {
    let mut problems = Problems::default();
    let problem = |(file, row): (String, Option<usize>), key: &str, message: String, fix: &str| {
        let file = if file.is_empty() {
            label.to_string()
        } else {
            file
        };
        let mut problem = InputProblem::in_file(file, message, fix).at_column(key);
        problem.row = row;
        problem
    };
    // At `key`, in the file that set it last.
    let at = |key: &str, span: Range<usize>, message: String, fix: &str| {
        problem(raw.locate(key, span), key, message, fix)
    };
    // At `key`, in the file at `layer` of the `extends` chain.
    let at_layer = |layer: usize, key: &str, span: Range<usize>, message: String, fix: &str| {
        problem(raw.locate_in(layer, span), key, message, fix)
    };
    let periods = plan.as_ref().ok().map(|p| p.periods.as_slice());
    let indicators = plan.as_ref().ok().map(|p| p.indicators.as_slice());

    let objective = match &raw.objective {
        None => Objective::MaxImpact,
        Some(value) => match value.get_ref().as_str() {
            "max-impact" => Objective::MaxImpact,
            "min-own-cost" => Objective::MinOwnCost,
            other => {
                problems.push(at(
                    "objective",
                    value.span(),
                    format!("'{other}' is not an objective"),
                    "write \"max-impact\" (most weighted impact within the money) or \"min-own-cost\" (least municipal money)",
                ));
                Objective::MaxImpact
            }
        },
    };

    let support = match &raw.support {
        None => SupportRule::Sum,
        Some(value) => match value.get_ref().as_str() {
            "sum" => SupportRule::Sum,
            "equal-shares" => SupportRule::EqualShares,
            other => {
                problems.push(at(
                    "support",
                    value.span(),
                    format!("'{other}' is not a way to count the vote"),
                    "write \"sum\" (each action's points add up) or \"equal-shares\" (only the actions \
                     the Method of Equal Shares funds keep their points)",
                ));
                SupportRule::Sum
            }
        },
    };

    let lang = match &raw.lang {
        None => Lang::default(),
        Some(value) => value.get_ref().parse().unwrap_or_else(|message: String| {
            problems.push(at(
                "lang",
                value.span(),
                message,
                "write lang = \"en\" (English reports) or lang = \"lv\" (Latvian reports)",
            ));
            Lang::default()
        }),
    };

    let staff_capacity_hours = staff_capacity(&raw.staff, periods, &mut problems, &at_layer);

    let mut weights = vec![1.0; indicators.map_or(0, <[String]>::len)];
    for (name, value) in raw.weights.iter().flatten() {
        let key = format!("weights.{}", name.get_ref());
        let index = match indicators {
            None => None,
            Some(indicators) => match indicators.iter().position(|i| i == name.get_ref()) {
                Some(index) => Some(index),
                None => {
                    problems.push(at(
                        &key,
                        name.span(),
                        format!(
                            "'{}' is not an indicator of the plan: actions.csv has no column 'impact_{}'",
                            name.get_ref(),
                            name.get_ref()
                        ),
                        &format!(
                            "use one of: {} (or remove this line)",
                            indicators.join(", ")
                        ),
                    ));
                    continue;
                }
            },
        };
        match hours_or_number(value.get_ref()) {
            Some(w) if w >= 0.0 => {
                if let Some(index) = index {
                    weights[index] = w;
                }
            }
            _ => problems.push(at(
                &key,
                value.span(),
                format!(
                    "the weight {} is not a number of 0 or more",
                    value.get_ref()
                ),
                "write a number such as 1 or 2.5",
            )),
        }
    }
    let name = match &raw.name {
        Some(name) => {
            if name.get_ref().trim().is_empty() {
                problems.push(at(
                    "name",
                    name.span(),
                    "the scenario name is empty".into(),
                    "write a short name, e.g. name = \"Baseline\"",
                ));
            }
            name.get_ref().clone()
        }
        None => default_name,
    };
    let plan = match plan {
        Ok(mut plan) => {
            super::overrides::apply(&raw, &mut plan, &mut problems, &at);
            if support == SupportRule::EqualShares {
                if plan.votes.is_none() {
                    if let Some(value) = &raw.support {
                        problems.push(at(
                            "support",
                            value.span(),
                            "support = \"equal-shares\" needs a workshop vote, and the plan has no \
                             votes.csv"
                                .into(),
                            "add votes.csv (voter, action, points) to the plan folder, or remove the \
                             'support' setting",
                        ));
                    }
                }
                super::votes::keep_equal_shares_support(&mut plan);
            }
            plan
        }
        Err(error) => {
            // The scenario file's problems in line order, then those of the plan tables.
            let (mut all, tables): (Vec<_>, Vec<_>) = problems
                .0
                .into_iter()
                .chain(error.problems)
                .partition(|p| p.file == label || raw.layers.iter().any(|l| l.label == p.file));
            all.sort_by_key(|p| p.row);
            all.extend(tables);
            return Err(InputError { problems: all });
        }
    };
    problems.into_result(Scenario {
        name,
        source_file: file.to_path_buf(),
        plan,
        objective,
        staff_capacity_hours,
        weights,
        support,
        lang,
    })
}

/// Makes a problem in the file at a layer of the `extends` chain: (layer, key, where its value
/// is in that file, message, fix).
type AtLayer<'a> = dyn Fn(usize, &str, Range<usize>, String, &str) -> InputProblem + 'a;

/// Reads `staff_capacity` as merged over the files (`None`: no limit); without the plan's
/// `periods` (the plan has problems) only the numbers are checked.
fn staff_capacity(
    staff: &StaffCapacity,
    periods: Option<&[String]>,
    problems: &mut Problems,
    at: &AtLayer,
) -> Option<Vec<f64>> {
    const FIX: &str = "write hours per period as a number (staff_capacity = 4000) or a table per period (staff_capacity = { \"2025\" = 1200, \"2026\" = 1300 })";
    if staff.is_empty() {
        return None;
    }
    let mut hours: Vec<Option<f64>> = vec![None; periods.map_or(0, <[String]>::len)];
    let mut ok = true;
    if let Some((layer, value)) = &staff.every_period {
        match hours_or_number(value.get_ref()) {
            Some(h) if h < 0.0 => {
                ok = false;
                problems.push(at(
                    *layer,
                    "staff_capacity",
                    value.span(),
                    format!("{h} hours is negative"),
                    "write the staff hours available per period, 0 or more (leave staff_capacity out for no limit)",
                ));
            }
            Some(h) => hours.iter_mut().for_each(|x| *x = Some(h)),
            None => {
                ok = false;
                problems.push(at(
                    *layer,
                    "staff_capacity",
                    value.span(),
                    format!("{} is not a number of hours", value.get_ref()),
                    FIX,
                ));
            }
        }
    }
    for (period, (layer, span, value)) in &staff.periods {
        let key = format!("staff_capacity.{period}");
        let index = match periods {
            None => None,
            Some(periods) => match periods.iter().position(|p| p == period) {
                Some(index) => Some(index),
                None if periods == [SINGLE_PERIOD] => {
                    ok = false;
                    problems.push(at(
                        *layer,
                        &key,
                        span.clone(),
                        format!("'{period}' is not a period of the plan: it has a single period (actions.csv has a plain 'cost' column)"),
                        "write one number of hours: staff_capacity = 600",
                    ));
                    continue;
                }
                None => {
                    ok = false;
                    problems.push(at(
                        *layer,
                        &key,
                        span.clone(),
                        format!(
                            "'{period}' is not a period of the plan (the 'cost_<period>' columns of actions.csv give: {})",
                            periods.join(", ")
                        ),
                        FIX,
                    ));
                    continue;
                }
            },
        };
        match hours_or_number(value) {
            Some(h) if h >= 0.0 => {
                if let Some(index) = index {
                    hours[index] = Some(h);
                }
            }
            _ => {
                ok = false;
                problems.push(at(
                    *layer,
                    &key,
                    span.clone(),
                    format!("{value} is not a number of hours, 0 or more"),
                    FIX,
                ));
            }
        }
    }
    // A period no file names is a problem of the last table (a number names every period).
    let last_table = staff.periods.values().max_by_key(|(layer, _, _)| *layer);
    let named = |period: &String| {
        staff.every_period.is_some()
            || staff.periods.contains_key(period)
            || period == SINGLE_PERIOD
    };
    for period in periods.into_iter().flatten().filter(|p| !named(p)) {
        if let Some((layer, span, _)) = last_table {
            ok = false;
            problems.push(at(
                *layer,
                "staff_capacity",
                span.clone(),
                format!("no capacity is given for the period '{period}'"),
                &format!("add \"{period}\" = <hours> to the staff_capacity table, or give one number for every period"),
            ));
        }
    }
    (ok && periods.is_some()).then(|| hours.into_iter().map(|h| h.unwrap_or(0.0)).collect())
}
