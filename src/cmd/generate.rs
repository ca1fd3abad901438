//! `fundmix generate`: an invented plan of any size, the same files for the same seed.

use super::Ended;
use crate::checked::Failure;
use crate::cli::GenerateArgs;
use crate::generate::{write_generated, GenerateRequest};

/// Runs `fundmix generate`.
pub fn run(args: GenerateArgs) -> Result<Ended, Failure> {
    let request = GenerateRequest {
        actions: args.actions as usize,
        sources: args.sources as usize,
        periods: args.periods as usize,
        partners: args.partners as usize,
        seed: args.seed,
    };
    write_generated(&request, &args.out).map_err(Failure::Output)?;
    println!(
        "Wrote an invented plan of {} actions to {dir}. Solve it with:\n  fundmix solve {dir}/scenario.toml",
        request.actions,
        dir = args.out.display()
    );
    Ok(Ended::Done)
}
