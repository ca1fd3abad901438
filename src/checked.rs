//! Solving with the independent check, and what can make a run fail: the layer between
//! [`crate::verify`] and the analyses that re-solve ([`crate::analyse`]).

use crate::domain::Scenario;
use crate::error::{InputError, OutputError};
use crate::i18n::input_tr;
use crate::solve::{self, SolveError, SolveOptions};
use crate::verify::{self, Violation};
use std::fmt;

/// Why a command could not do its job.
#[derive(Debug)]
pub enum Failure {
    /// The input has problems (exit code 2).
    Input(InputError),
    /// The solver failed.
    Solver(SolveError),
    /// The plan broke a rule on re-checking: a bug in fundmix.
    Verification(Vec<Violation>),
    /// Output that could not be written (report folders, charts, workbooks, templates).
    Output(OutputError),
    /// Anything else that stopped the run (say, worker threads that could not start).
    Fault(String),
}

impl Failure {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Input(_) => 2,
            _ => 1,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Input(e) => write!(f, "{e}"),
            Failure::Solver(e) => write!(f, "{e}"),
            Failure::Verification(violations) => {
                writeln!(
                    f,
                    "{}",
                    crate::t!(input_tr(), "in-plan-breaks-rules", count = violations.len())
                )?;
                for v in violations {
                    writeln!(f, "  - {}: {}", v.rule, v.message)?;
                }
                Ok(())
            }
            Failure::Output(e) => write!(f, "{e}"),
            Failure::Fault(message) => write!(f, "{message}"),
        }
    }
}

impl std::error::Error for Failure {}

impl From<SolveError> for Failure {
    fn from(e: SolveError) -> Self {
        Failure::Solver(e)
    }
}

impl From<OutputError> for Failure {
    fn from(e: OutputError) -> Self {
        Failure::Output(e)
    }
}

impl From<InputError> for Failure {
    fn from(e: InputError) -> Self {
        Failure::Input(e)
    }
}

/// A pool of `jobs` worker threads (at least one) for solving many plans at once; a pool that
/// cannot start is a [`Failure::Fault`].
pub fn worker_pool(jobs: usize) -> Result<rayon::ThreadPool, Failure> {
    let jobs = jobs.max(1);
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| Failure::Fault(format!("cannot start {jobs} worker threads: {e}")))
}

/// Re-checks the plan of `outcome`, if any, against every rule of `scenario`.
pub(crate) fn check_plan(
    scenario: &Scenario,
    outcome: &solve::SolveOutcome,
) -> Result<(), Failure> {
    if let Some(allocation) = &outcome.allocation {
        let violations = verify::verify(scenario, allocation);
        if !violations.is_empty() {
            return Err(Failure::Verification(violations));
        }
    }
    Ok(())
}

/// Solves a validated scenario and re-checks the plan found, if any; a plan breaking any rule
/// is a [`Failure::Verification`].
pub fn solve_checked(
    scenario: &Scenario,
    options: &SolveOptions,
) -> Result<solve::SolveOutcome, Failure> {
    let outcome = solve::solve(scenario, options)?;
    check_plan(scenario, &outcome)?;
    Ok(outcome)
}
