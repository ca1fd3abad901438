//! `fundmix show`: the scenario as fundmix reads it, variants and overrides applied.

use super::Ended;
use crate::checked::Failure;
use crate::cli::CheckArgs;

/// Runs `fundmix show`; `--lang` is applied over the scenario's `lang`, as `fundmix solve`
/// would apply it.
pub fn run(args: CheckArgs) -> Result<Ended, Failure> {
    let scenario = super::load_scenario(&args.input, args.lang)?;
    print!("{}", crate::show::describe(&scenario));
    Ok(Ended::Done)
}
