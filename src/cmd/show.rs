//! `fundmix show`: the scenario as fundmix reads it, variants and overrides applied.

use super::Ended;
use crate::checked::Failure;
use crate::cli::CheckArgs;

/// Runs `fundmix show`.
pub fn run(args: CheckArgs) -> Result<Ended, Failure> {
    let scenario = crate::validate::load_scenario(&args.input)?;
    print!("{}", crate::show::describe(&scenario));
    Ok(Ended::Done)
}
