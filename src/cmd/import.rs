//! `fundmix import pabulib`: a Pabulib election as a plan folder and scenario.

use super::Ended;
use crate::checked::Failure;
use crate::cli::ImportPabulibArgs;

/// Runs `fundmix import pabulib`.
pub fn run(args: ImportPabulibArgs) -> Result<Ended, Failure> {
    let imported = crate::pb::run_import(&args.file, &args.out)?;
    println!(
        "Wrote {} actions and {} source(s) to {}. Solve it with:\n  fundmix solve {}",
        imported.actions,
        imported.sources.len(),
        args.out.display(),
        imported.scenario.display()
    );
    super::print_notes(&imported.notes);
    Ok(Ended::Done)
}
