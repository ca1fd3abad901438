//! `fundmix check`: what the plan asks against what is offered, before any solving.

use super::Ended;
use crate::check;
use crate::checked::Failure;
use crate::cli::CheckArgs;
use crate::i18n::Lang;
use std::path::Path;

/// Runs `fundmix check`.
pub fn run(args: CheckArgs) -> Result<Ended, Failure> {
    print!("{}", run_check(&args.input, args.lang)?);
    Ok(Ended::Done)
}

/// Load → validate → compare what the plan asks with what is offered, in `lang` (the
/// scenario's `lang` when `None`).
pub fn run_check(input: &Path, lang: Option<Lang>) -> Result<String, Failure> {
    let scenario = super::load_scenario(input, lang)?;
    Ok(check::overview(&scenario))
}
