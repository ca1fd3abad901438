//! `fundmix monitor`: load → validate (the scenario, `--as-of`, the actuals) → solve the plan as
//! adopted (checked independently) → analyse it against the actuals → re-plan the periods
//! after `--as-of` (checked independently, the past included) → write the reports, then the
//! findings on the terminal.

use super::{label, Ended};
use crate::analyse::monitor::{self, Monitor};
use crate::checked::Failure;
use crate::cli::MonitorArgs;
use crate::domain::actuals::Actuals;
use crate::domain::{Allocation, Scenario};
use crate::i18n::Lang;
use crate::result::ScenarioResult;
use crate::solve::{SolveOptions, SolveStatus};
use crate::{folder_name, report, t, validate};
use std::path::{Path, PathBuf};

/// Runs `fundmix monitor`.
pub fn run(args: MonitorArgs) -> Result<Ended, Failure> {
    let request = MonitorRequest {
        input: args.input,
        actuals: args.actuals,
        as_of: args.as_of,
        out: args.out,
        xlsx: args.xlsx,
        lang: args.lang,
        options: SolveOptions::default(),
    };
    match run_monitor(&request)? {
        Monitored::Done { monitor, dir } => {
            let tr = monitor.lang.tr();
            print!("{}", report::monitor::text(&monitor));
            println!("{}{}", label(tr, &t!(tr, "term-reports")), dir.display());
            Ok(Ended::Done)
        }
        Monitored::NoPlan { status, lang } => {
            let tr = lang.tr();
            println!(
                "{}",
                t!(
                    tr,
                    "mon-no-plan",
                    status = crate::view::status_short(tr, status)
                )
            );
            Ok(Ended::NoPlan)
        }
    }
}

/// What `fundmix monitor` was asked.
#[derive(Debug, Clone)]
pub struct MonitorRequest {
    /// Scenario file, plan folder or workbook: the plan as adopted.
    pub input: PathBuf,
    /// The actuals folder or workbook.
    pub actuals: PathBuf,
    /// The last period that has ended, as the plan labels it.
    pub as_of: String,
    /// Report folder (default [`default_out`]).
    pub out: Option<PathBuf>,
    /// Also write `monitor.xlsx`.
    pub xlsx: bool,
    /// The language of the reports, over the scenario's `lang`.
    pub lang: Option<Lang>,
    /// Solver settings for the plan as adopted.
    pub options: SolveOptions,
}

/// How a monitoring run ended.
#[derive(Debug)]
pub enum Monitored {
    /// The plan was compared with the actuals and the reports written to `dir`.
    Done {
        /// What the comparison found.
        monitor: Box<Monitor>,
        /// The report folder.
        dir: PathBuf,
    },
    /// The scenario has no plan to compare with (nothing is written).
    NoPlan {
        /// Why: infeasible, or none found in time.
        status: SolveStatus,
        /// The language of the scenario's reports.
        lang: Lang,
    },
}

/// The folder of a monitoring run when `--out` does not say:
/// `reports/<scenario>-monitor-<as-of>`.
pub fn default_out(scenario_name: &str, as_of: &str) -> PathBuf {
    Path::new("reports").join(format!(
        "{}-monitor-{}",
        folder_name(scenario_name),
        folder_name(as_of)
    ))
}

/// The re-plan of `scenario` after period `as_of`, keeping what `actuals` recorded, against
/// the plan as adopted (`adopted`, whose objective is `adopted_objective`): [`crate::replan`]
/// (solved and checked, the past included) as the monitoring report shows it, with the
/// re-plan's own result for its full report (`replan/` in the folder).
pub fn replan_section(
    scenario: &Scenario,
    adopted: &Allocation,
    adopted_objective: Option<f64>,
    actuals: &Actuals,
    as_of: usize,
    options: &SolveOptions,
) -> Result<(monitor::Replan, ScenarioResult), Failure> {
    let replanned = crate::replan(scenario, adopted, actuals, as_of, options)?;
    let outcome = &replanned.solved.outcome;
    let section = monitor::Replan::new(
        scenario,
        outcome.status,
        outcome.allocation.clone(),
        &replanned.changes,
        &replanned.sources,
        (adopted_objective, outcome.objective),
    );
    let mut result = replanned.solved.into_result(&replanned.scenario);
    // The monitoring folder is the same bytes on every run: no solve times in it.
    result.solve_seconds = None;
    result.timings = None;
    Ok((section, result))
}

/// Load → validate → solve → analyse → re-plan → write.
pub fn run_monitor(request: &MonitorRequest) -> Result<Monitored, Failure> {
    let scenario = super::load_scenario(&request.input, request.lang)?;
    let plan = &scenario.plan;
    let as_of = validate::as_of_period(plan, &request.as_of)?;
    let label = request.actuals.display().to_string();
    let recorded = validate::load_actuals(&request.actuals, &label, plan, as_of)?;
    let dir = request
        .out
        .clone()
        .unwrap_or_else(|| default_out(&scenario.name, &plan.periods[as_of]));
    // Refuse a folder that is not a report before solving, not after.
    report::check_report_folder(&dir).map_err(Failure::Output)?;

    let outcome = crate::solve_checked(&scenario, &request.options)?;
    let Some(allocation) = &outcome.allocation else {
        return Ok(Monitored::NoPlan {
            status: outcome.status,
            lang: scenario.lang,
        });
    };
    let actuals = &recorded.actuals;
    let mut result = monitor::monitor(
        &scenario,
        allocation,
        actuals,
        &recorded.stop_reasons,
        as_of,
    );
    // Nothing is left to re-plan after the plan's last period.
    let replanned = if as_of + 1 < plan.periods.len() {
        let (section, replanned) = replan_section(
            &scenario,
            allocation,
            outcome.objective,
            actuals,
            as_of,
            &request.options,
        )?;
        result.replan = Some(section);
        Some(replanned)
    } else {
        None
    };

    let mut files = report::monitor::files(&result, request.xlsx).map_err(Failure::Output)?;
    // The re-plan's own report (its plan, timeline and charts, or why there is none).
    if let Some(replanned) = &replanned {
        let replan_files = report::scenario_files(replanned, None).map_err(Failure::Output)?;
        files.extend(
            replan_files
                .into_iter()
                .map(|(name, bytes)| (format!("replan/{name}"), bytes)),
        );
    }
    report::replace_folder(&dir, &files).map_err(Failure::Output)?;
    Ok(Monitored::Done {
        monitor: Box::new(result),
        dir,
    })
}
