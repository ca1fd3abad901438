//! `fundmix monitor`: load → validate (the scenario, `--as-of`, the actuals) → solve the plan as
//! adopted (checked independently) → analyse it against the actuals → (the re-plan, not built
//! yet) → write the reports, then the findings on the terminal.

use super::{label, Ended};
use crate::analyse::monitor::{self, Monitor};
use crate::checked::Failure;
use crate::cli::MonitorArgs;
use crate::i18n::Lang;
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

/// Load → validate → solve → analyse → write.
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
    // The re-plan of what is left (issue 12) plugs in here: `replan` returns `None` until it
    // is built, and the reports leave its section out.
    result.replan = monitor::replan(&scenario, allocation, actuals, as_of);

    let files = report::monitor::files(&result, request.xlsx).map_err(Failure::Output)?;
    report::replace_folder(&dir, &files).map_err(Failure::Output)?;
    Ok(Monitored::Done {
        monitor: Box::new(result),
        dir,
    })
}
