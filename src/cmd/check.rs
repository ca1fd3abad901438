//! `fundmix check`: what the plan asks against what is offered, before any solving.

use super::Ended;
use crate::checked::Failure;
use crate::cli::CheckArgs;
use crate::i18n::Lang;
use crate::{check, validate};
use std::path::Path;

/// Runs `fundmix check`.
pub fn run(args: CheckArgs) -> Result<Ended, Failure> {
    print!("{}", run_check(&args.input, args.lang)?);
    Ok(Ended::Done)
}

/// Load → validate → compare what the plan asks with what is offered, in `lang` (the
/// scenario's `lang` when `None`).
pub fn run_check(input: &Path, lang: Option<Lang>) -> Result<String, Failure> {
    let mut scenario = validate::load_scenario(input)?;
    if let Some(lang) = lang {
        scenario.lang = lang;
    }
    Ok(check::overview(&scenario))
}
