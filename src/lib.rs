//! fundmix decides which actions of an action plan to fund, from which funding source and
//! partner, in which year — and shows what changes when a grant falls through.
//!
//! The modules are layers; each uses only those above it in this list (`tests/layering.rs`
//! keeps it so):
//!
//! 1. [`domain`], [`error`], [`format`], [`timings`]: the validated types, input problems,
//!    number formatting and run steps;
//! 2. [`input`] reads CSV tables, workbooks, TOML scenario files and Pabulib files into raw
//!    text; [`vote`] holds the voting rules that need no solver;
//! 3. [`validate`] turns raw text into a typed [`domain::Scenario`], or lists every problem
//!    with its file, row, column and a fix;
//! 4. [`model`] builds the mixed-integer program, one function per business rule;
//! 5. [`solve`] solves it (CBC or HiGHS, then deterministic tie-breaks by HiGHS);
//! 6. [`verify`] re-checks the plan against every rule, sharing no code with the model;
//!    [`checked`] solves with that check ([`solve_checked`]) and names what can fail;
//! 7. [`analyse`] answers the decision questions by re-solving (limits, explain, frontier,
//!    diagnosis);
//! 8. [`result`] gathers the one result type every report is written from, and this crate
//!    root runs the pipeline of one scenario ([`solve_scenario`]);
//! 9. [`plot`] draws the charts and [`report`] writes the files;
//! 10. [`check`], [`show`], [`init`], [`generate`], [`compare`] and [`pb`] are what the
//!     commands do beyond one scenario, and [`partial`] stores the part of a run cut into
//!     parts (its share, [`shard`], a leaf module) and merges the parts; [`cli`] parses the
//!     command line and [`cmd`] runs each command, prints and says the exit code.
//!
//! ```no_run
//! use fundmix::{solve_scenario, solve::SolveOptions, validate::load_scenario};
//! let scenario = load_scenario("scenarios/jelgava/baseline.toml".as_ref()).unwrap();
//! let result = solve_scenario(&scenario, &SolveOptions::default()).unwrap();
//! println!("{} actions funded, {} EUR own money", result.selected.len(), result.money.own_eur);
//! ```
#![warn(missing_docs)]

pub mod analyse;
pub mod check;
pub mod checked;
pub mod cli;
pub mod cmd;
pub mod compare;
pub mod domain;
pub mod error;
pub mod format;
pub mod generate;
pub mod i18n;
pub mod init;
pub mod input;
pub mod model;
pub mod partial;
pub mod pb;
pub mod plot;
pub mod random;
pub mod report;
pub mod result;
pub mod shard;
pub mod show;
pub mod solve;
pub mod stop;
pub mod timings;
pub mod validate;
pub mod verify;
pub mod view;
pub mod vote;

use checked::check_plan;
pub use checked::{solve_checked, Failure};
use domain::Scenario;
use result::{Analyses, ScenarioResult};
use solve::SolveOptions;
use timings::Timings;

/// Solves a validated scenario and re-checks the plan; a plan breaking any rule is a
/// [`Failure::Verification`].
pub fn solve_scenario(
    scenario: &Scenario,
    options: &SolveOptions,
) -> Result<ScenarioResult, Failure> {
    Ok(solve_and_analyse(scenario, options)?.into_result(scenario))
}

/// A scenario solved, its plan checked and analysed, before it becomes a [`ScenarioResult`]:
/// what a part of a comparison run apart (`--shard`) keeps, so that the merge builds the
/// result with the same [`ScenarioResult::new`] a single run does.
#[derive(Debug, Clone)]
pub struct Solved {
    /// The solver's outcome, its plan (if any) checked independently.
    pub outcome: solve::SolveOutcome,
    /// What limits the plan, or why there is none.
    pub analyses: Analyses,
    /// Where the time went.
    pub timings: Timings,
}

impl Solved {
    /// The result of `scenario` (the scenario that was solved).
    pub fn into_result(self, scenario: &Scenario) -> ScenarioResult {
        ScenarioResult::new(scenario, &self.outcome, self.analyses, self.timings)
    }
}

/// The pipeline of one scenario up to its result: solve, check the plan independently, analyse
/// it (what limits it, or why there is no plan).
pub fn solve_and_analyse(scenario: &Scenario, options: &SolveOptions) -> Result<Solved, Failure> {
    let mut timings = Timings::default();
    let outcome = solve::solve(scenario, options)?;
    let outcome = wrong_plan_for_tests(outcome);
    timings.extend(&outcome.timings);
    timings.time("check the plan independently", || {
        check_plan(scenario, &outcome)
    })?;
    let analyses = analyses(scenario, &outcome, &mut timings)?;
    Ok(Solved {
        outcome,
        analyses,
        timings,
    })
}

/// A test hook of debug builds: with `FUNDMIX_TEST_WRONG_PLAN` set, the solver's plan pays
/// 1 000 EUR more to its first money flow, as a solver or model bug would, so that
/// tests/crash_safety.rs can show what the user is told then (the plan is refused, nothing is
/// written). Release builds have no such hook.
fn wrong_plan_for_tests(outcome: solve::SolveOutcome) -> solve::SolveOutcome {
    #[cfg(debug_assertions)]
    if std::env::var_os("FUNDMIX_TEST_WRONG_PLAN").is_some() {
        let mut outcome = outcome;
        if let Some(flow) = outcome
            .allocation
            .as_mut()
            .and_then(|a| a.funding.first_mut())
        {
            flow.amount_eur += 1000.0;
        }
        return outcome;
    }
    outcome
}

/// The result of a solve whose plan (if any) has been re-checked: with what limits the plan,
/// or why no plan is possible (`solve --risk`, whose plan comes from the two-stage model).
pub fn scenario_result(
    scenario: &Scenario,
    outcome: &solve::SolveOutcome,
    mut timings: Timings,
) -> Result<ScenarioResult, Failure> {
    let analyses = analyses(scenario, outcome, &mut timings)?;
    Ok(ScenarioResult::new(scenario, outcome, analyses, timings))
}

/// What limits the plan of `outcome`, or why there is none.
fn analyses(
    scenario: &Scenario,
    outcome: &solve::SolveOutcome,
    timings: &mut Timings,
) -> Result<Analyses, Failure> {
    Ok(match &outcome.allocation {
        Some(allocation) => Analyses {
            limits: Some(timings.time("analyse: what limits the plan", || {
                analyse::marginal::marginal_values(scenario, allocation)
            })?),
            diagnosis: None,
        },
        None if outcome.status == solve::SolveStatus::Infeasible => Analyses {
            limits: None,
            diagnosis: Some(timings.time("analyse: why no plan is possible", || {
                analyse::diagnose::diagnose(scenario)
            })?),
        },
        None => Analyses::default(),
    })
}

/// A re-plan of the periods after a period, solved and checked (see [`analyse::replan`]).
#[derive(Debug, Clone)]
pub struct Replanned {
    /// The re-plan's scenario: the scenario with its past fixed.
    pub scenario: Scenario,
    /// Its solve, the plan (if any) checked independently, past included.
    pub solved: Solved,
    /// What it changes against the plan as adopted, action by action, with why.
    pub changes: Vec<analyse::replan::ActionChange>,
    /// Each source's money after the past, planned and re-planned.
    pub sources: Vec<analyse::replan::SourceShift>,
}

/// Re-plans `scenario` after period `as_of` (index): the plan as adopted is `adopted`, what was
/// spent and stopped is `actuals`; the periods after `as_of` are planned again with what is
/// left, the past kept as it was ([`analyse::replan::replan_scenario`]). No plan is a status
/// of `solved` (its diagnosis says why), not an error.
pub fn replan(
    scenario: &Scenario,
    adopted: &domain::Allocation,
    actuals: &domain::actuals::Actuals,
    as_of: usize,
    options: &SolveOptions,
) -> Result<Replanned, Failure> {
    let mut replan = analyse::replan::replan_scenario(scenario, adopted, actuals, as_of);
    let tr = scenario.lang.tr();
    replan.name = t!(
        tr,
        "replan-name",
        scenario = &scenario.name,
        as_of = &scenario.plan.periods[as_of]
    );
    let solved = solve_and_analyse(&replan, options)?;
    let (changes, sources) = match &solved.outcome.allocation {
        Some(replanned) => {
            analyse::replan::changes(scenario, adopted, &replan, replanned, &actuals.stopped)
        }
        None => (Vec::new(), Vec::new()),
    };
    Ok(Replanned {
        scenario: replan,
        solved,
        changes,
        sources,
    })
}

/// A folder name for a scenario: lower case, spaces and unsafe characters as `-`.
pub fn folder_name(scenario_name: &str) -> String {
    let slug: String = scenario_name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '.' {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect();
    let mut collapsed = String::with_capacity(slug.len());
    for c in slug.chars() {
        if !(c == '-' && collapsed.ends_with('-')) {
            collapsed.push(c);
        }
    }
    let slug = collapsed.trim_matches(['-', '.']).to_string();
    if slug.is_empty() {
        "scenario".into()
    } else {
        slug
    }
}
