//! `fundmix check`: what the plan asks against what is offered, before any solving.

use super::Ended;
use crate::checked::Failure;
use crate::cli::CheckArgs;
use crate::{check, validate};
use std::path::Path;

/// Runs `fundmix check`.
pub fn run(args: CheckArgs) -> Result<Ended, Failure> {
    print!("{}", run_check(&args.input)?);
    Ok(Ended::Done)
}

/// Load → validate → compare what the plan asks with what is offered.
pub fn run_check(input: &Path) -> Result<String, Failure> {
    let scenario = validate::load_scenario(input)?;
    Ok(check::overview(&scenario))
}
