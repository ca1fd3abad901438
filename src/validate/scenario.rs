//! Scenario files (or a bare plan folder) → a validated [`Scenario`].
//!
//! The scenario's own settings are checked even when the plan has problems, so that one run
//! lists the problems of every file.

use super::{hours_or_number, load_plan, SINGLE_PERIOD};
use crate::domain::{Objective, Plan, RiskMeasure, RiskSettings, Scenario, SupportRule};
use crate::error::{InputError, InputProblem, Problems};
use crate::i18n::{input_tr, Lang};
use crate::input::scenario::{RawScenario, StaffCapacity};
use crate::input::scenario_chain::read_scenario_chain;
use crate::input::xlsx::is_workbook;
use crate::t;
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
    let tr = input_tr();
    if path.is_file() && extension == "csv" {
        let folder = path.parent().unwrap_or(Path::new("."));
        return Err(InputError {
            problems: vec![InputProblem::in_file(
                &label,
                t!(tr, "val-table-not-scenario"),
                t!(
                    tr,
                    "val-fix-table-not-scenario",
                    folder = folder.display().to_string()
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
        let shown = folder.display().to_string();
        let (message, fix) = if is_workbook(&folder) {
            (
                t!(tr, "val-plan-workbook-missing", path = shown),
                t!(tr, "val-fix-plan-workbook-missing"),
            )
        } else {
            (
                t!(tr, "val-plan-folder-missing", path = shown),
                t!(tr, "val-fix-plan-folder-missing"),
            )
        };
        let mut problem = InputProblem::in_file(
            if file.is_empty() { label.clone() } else { file },
            message,
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
    let tr = input_tr();
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
                    t!(tr, "val-not-an-objective", value = other),
                    &t!(tr, "val-fix-objective"),
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
                    t!(tr, "val-not-a-support-rule", value = other),
                    &t!(tr, "val-fix-support"),
                ));
                SupportRule::Sum
            }
        },
    };

    let lang = match &raw.lang {
        None => Lang::default(),
        Some(value) => value.get_ref().parse().unwrap_or_else(|_| {
            problems.push(at(
                "lang",
                value.span(),
                t!(tr, "val-not-a-lang", value = value.get_ref()),
                &t!(tr, "val-fix-lang"),
            ));
            Lang::default()
        }),
    };

    let staff_capacity_hours = staff_capacity(&raw.staff, periods, &mut problems, &at_layer);

    let mut risk = RiskSettings::default();
    for (key, value) in raw.risk.iter().flatten() {
        let path = format!("risk.{}", key.get_ref());
        let whole = value.get_ref().as_integer();
        match key.get_ref().as_str() {
            "samples" => match whole.filter(|n| (1..=100_000).contains(n)) {
                Some(n) => risk.samples = Some(n as usize),
                None => problems.push(at(
                    &path,
                    value.span(),
                    t!(tr, "val-risk-samples", value = value.get_ref().to_string()),
                    &t!(tr, "val-fix-risk-samples"),
                )),
            },
            "seed" => match whole.filter(|n| *n >= 0) {
                Some(n) => risk.seed = Some(n as u64),
                None => problems.push(at(
                    &path,
                    value.span(),
                    t!(tr, "val-risk-seed", value = value.get_ref().to_string()),
                    &t!(tr, "val-fix-risk-seed"),
                )),
            },
            "measure" => match value.get_ref().as_str() {
                Some("expected") => risk.measure = Some(RiskMeasure::Expected),
                Some("cvar") => risk.measure = Some(RiskMeasure::Cvar),
                _ => problems.push(at(
                    &path,
                    value.span(),
                    t!(tr, "val-risk-measure", value = value.get_ref().to_string()),
                    &t!(tr, "val-fix-risk-measure"),
                )),
            },
            "alpha" => {
                let number = match value.get_ref() {
                    toml::Value::Float(x) => Some(*x),
                    toml::Value::Integer(n) => Some(*n as f64),
                    _ => None,
                };
                match number.filter(|a| *a > 0.0 && *a <= 1.0) {
                    Some(a) => risk.alpha = Some(a),
                    None => problems.push(at(
                        &path,
                        value.span(),
                        t!(tr, "val-risk-alpha", value = value.get_ref().to_string()),
                        &t!(tr, "val-fix-risk-alpha"),
                    )),
                }
            }
            other => problems.push(at(
                &path,
                key.span(),
                t!(tr, "val-not-a-setting", key = other),
                &t!(
                    tr,
                    "val-fix-use-one-of",
                    list = "samples, seed, measure, alpha"
                ),
            )),
        }
    }

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
                        t!(tr, "val-weight-not-an-indicator", name = name.get_ref()),
                        &t!(
                            tr,
                            "val-fix-weight-not-an-indicator",
                            list = indicators.join(", ")
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
                t!(tr, "val-bad-weight", value = value.get_ref().to_string()),
                &t!(tr, "val-fix-weight"),
            )),
        }
    }
    let name = match &raw.name {
        Some(name) => {
            if name.get_ref().trim().is_empty() {
                problems.push(at(
                    "name",
                    name.span(),
                    t!(tr, "val-empty-name"),
                    &t!(tr, "val-fix-empty-name"),
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
                            t!(tr, "val-equal-shares-without-votes"),
                            &t!(tr, "val-fix-equal-shares-without-votes"),
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
                .into_error()
                .problems
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
        risk,
        past: None,
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
    if staff.is_empty() {
        return None;
    }
    let tr = input_tr();
    let fix = t!(tr, "val-fix-staff-capacity");
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
                    t!(tr, "val-staff-negative", hours = tr.plain(h)),
                    &t!(tr, "val-fix-staff-negative"),
                ));
            }
            Some(h) => hours.iter_mut().for_each(|x| *x = Some(h)),
            None => {
                ok = false;
                problems.push(at(
                    *layer,
                    "staff_capacity",
                    value.span(),
                    t!(
                        tr,
                        "val-staff-not-a-number",
                        value = value.get_ref().to_string()
                    ),
                    &fix,
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
                        t!(tr, "val-not-a-period-single", period = period),
                        &t!(tr, "val-fix-staff-single-period"),
                    ));
                    continue;
                }
                None => {
                    ok = false;
                    problems.push(at(
                        *layer,
                        &key,
                        span.clone(),
                        t!(
                            tr,
                            "val-not-a-period-of",
                            period = period,
                            periods = periods.join(", ")
                        ),
                        &fix,
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
                    t!(tr, "val-staff-bad-hours", value = value.to_string()),
                    &fix,
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
                t!(tr, "val-staff-period-missing", period = period),
                &t!(tr, "val-fix-staff-period-missing", period = period),
            ));
        }
    }
    (ok && periods.is_some()).then(|| hours.into_iter().map(|h| h.unwrap_or(0.0)).collect())
}
